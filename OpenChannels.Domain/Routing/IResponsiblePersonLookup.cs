namespace OpenChannels.Domain.Routing;

/// <summary>
/// port: the employee responsible for a client in the CRM, when the client is recognised. The CRM
/// issue implements it; until then nobody is responsible and routing uses the queue.
/// </summary>
public interface IResponsiblePersonLookup
{
    Task<int?> ResponsibleForAsync(int clientId, CancellationToken cancellationToken = default);
}
