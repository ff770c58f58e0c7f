using OpenChannels.Domain.Access;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// Given by an open channel's page to its tabs: what the viewer could do when the page opened (the tabs show only
/// that), and the check each change makes again with the rights of the moment (P-6) before it is saved.
/// </summary>
public sealed class ChannelGuard(ChannelAccess access, int employeeId, int channelId, ChannelPermissions permissions, Feedback feedback)
{
    public ChannelPermissions Permissions { get; private set; } = permissions;

    /// <summary>Whether the viewer may still change the channel's settings; says why not when they may not.</summary>
    public Task<bool> MayModifyAsync() => CheckAsync(p => p.MayModify, Permission.ModifyOpenChannels);

    /// <summary>Whether the viewer may still connect channels to it (connectors, their look, websites and keys).</summary>
    public Task<bool> MayConnectAsync() => CheckAsync(p => p.MayConnect, Permission.ConnectChannels);

    private async Task<bool> CheckAsync(Func<ChannelPermissions, bool> allows, Permission permission)
    {
        Permissions = await access.OfAsync(employeeId, channelId);
        if (allows(Permissions))
        {
            return true;
        }

        feedback.Report(new NotPermitted(permission), null);
        return false;
    }
}
