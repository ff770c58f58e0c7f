using OpenChannels.Domain.Routing;

namespace OpenChannels.Web.Features.Routing;

/// <summary>Until the CRM recognises clients, nobody is responsible for one: routing uses the queue.</summary>
public sealed class NoResponsiblePerson : IResponsiblePersonLookup
{
    public Task<int?> ResponsibleForAsync(int clientId, CancellationToken cancellationToken = default) => Task.FromResult<int?>(null);
}
