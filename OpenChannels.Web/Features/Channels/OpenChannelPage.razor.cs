using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Channels;

public partial class OpenChannelPage
{
    private bool _loaded;
    private OpenChannelRow? _channel;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private ChannelGuard? _guard;

    [Parameter]
    public int ChannelId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ChannelsText> L { get; set; } = default!;

    [Inject]
    private OpenChannelService Channels { get; set; } = default!;

    [Inject]
    private ChannelAccess Access { get; set; } = default!;

    private ChannelPermissions May => _guard?.Permissions ?? ChannelPermissions.Nothing;

    protected override async Task OnParametersSetAsync()
    {
        // A channel the viewer may not open looks like one that does not exist, so ids cannot be probed.
        var employeeId = AuthenticationState is null ? null : (await AuthenticationState).User.EmployeeId();
        var permissions = employeeId is { } id ? await Access.OfAsync(id, ChannelId) : ChannelPermissions.Nothing;
        _channel = permissions.MayOpen ? (await Channels.ListAsync(null)).FirstOrDefault(c => c.Id == ChannelId) : null;
        _guard = employeeId is { } viewer ? new ChannelGuard(Access, viewer, ChannelId, permissions, Feedback) : null;
        _loaded = true;
        if (_channel is null)
        {
            return;
        }

        _breadcrumbs = [new(L["Open channels"], "/open-channels"), new(_channel.Name, null, disabled: true)];
    }
}
