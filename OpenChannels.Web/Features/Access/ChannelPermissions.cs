namespace OpenChannels.Web.Features.Access;

/// <summary>What the viewer may do to one open channel (P-2): see its settings, change them, connect channels to it.</summary>
public sealed record ChannelPermissions(bool MayView, bool MayModify, bool MayConnect)
{
    public static readonly ChannelPermissions Nothing = new(false, false, false);

    /// <summary>Changing or connecting shows the settings too.</summary>
    public bool MayOpen => MayView || MayModify || MayConnect;
}
