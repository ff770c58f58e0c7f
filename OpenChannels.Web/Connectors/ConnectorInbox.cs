using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Connectors;

/// <summary>
/// A message from a connector that knows its clients by its own ids (the API, Telegram, e-mail): the client is found
/// by that id or made, described by what the protocol tells, and the message handled like any client's
/// (<see cref="ClientIntake"/>) — all in one write transaction, so an update is acknowledged upstream only once stored,
/// and a redelivered one is stored once.
/// </summary>
public sealed class ConnectorInbox(WritePipeline writes, ClientIntake intake, TimeProvider clock)
{
    public Task<Result<Received>> ReceiveAsync(int connectorId, ExternalPerson who, string messageId, string? text, Attachment? attachment) =>
        writes.RunAsync<Received>(async db =>
        {
            var now = clock.GetUtcNow();
            var client = await ClientAsync(db, connectorId, who, now);
            return await intake.ReceiveAsync(db, connectorId, client.Id, messageId, text, attachment, now);
        });

    /// <summary>The connector's client with this id, made on their first message; what the protocol tells fills it.</summary>
    public static async Task<Client> ClientAsync(OpenChannelsDbContext db, int connectorId, ExternalPerson who, DateTimeOffset now)
    {
        var externalId = who.Id.Trim();
        var client = await db.Clients.FirstOrDefaultAsync(c => c.ConnectorId == connectorId && c.ExternalId == externalId);
        if (client is null)
        {
            client = Client.External(connectorId, externalId, ConnectorCredentials.Unclaimable(), now);
            db.Clients.Add(client);
        }

        client.Describe(who.Name, who.Handle);
        if (Differs(who.Email, client.Email, v => EmailAddress.Normalize(v)) || Differs(who.Phone, client.Phone, v => PhoneNumber.Normalize(v)))
        {
            client.Introduce(who.Name, who.Email, who.Phone, now);
        }

        await db.SaveChangesAsync();
        return client;
    }

    /// <summary>Whether the protocol tells something new; a value that does not parse is new, so that it is refused with its message.</summary>
    private static bool Differs(string? given, string? known, Func<string, string> normalize)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return false;
        }

        try
        {
            return normalize(given) != known;
        }
        catch (DomainRuleViolated)
        {
            return true;
        }
    }
}
