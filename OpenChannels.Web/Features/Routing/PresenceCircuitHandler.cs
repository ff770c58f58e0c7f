using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Routing;

/// <summary>Q-4: a signed-in employee's open, connected tab keeps them online; a closed or disconnected one lets go.</summary>
public sealed class PresenceCircuitHandler(AuthenticationStateProvider authentication, PresenceLeases leases) : CircuitHandler
{
    private IAsyncDisposable? _lease;

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_lease is null && (await authentication.GetAuthenticationStateAsync()).User.EmployeeId() is { } employeeId)
        {
            _lease = await leases.OpenAsync(employeeId);
        }
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => ReleaseAsync();

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) => ReleaseAsync();

    private async Task ReleaseAsync()
    {
        if (_lease is not null)
        {
            await _lease.DisposeAsync();
            _lease = null;
        }
    }
}
