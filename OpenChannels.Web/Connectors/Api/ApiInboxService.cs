using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Connectors.Api;

/// <summary>
/// The API connector's inbox (CH-1): an external system posts its clients' messages with the connector's token; each is
/// stored once per the caller's message id, for the client the caller names, then handled like any client's message.
/// </summary>
public sealed class ApiInboxService(IDbContextFactory<OpenChannelsDbContext> contexts, ConnectorInbox inbox)
{
    /// <summary>The API connector this key and token open; null for a wrong pair, another kind or a removed connector.</summary>
    public async Task<int?> ConnectorForAsync(string key, string? token)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(ConnectorCredentials.TokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = ConnectorCredentials.Hash(token);
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Connectors
            .Where(c => c.TokenHash == hash && c.PublicKey == key && c.Kind == ConnectorKind.Api && c.OpenChannelId != null)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync();
    }

    /// <summary>The receipt of a message stored before under this id, so a retry costs no second fetch of its file.</summary>
    public async Task<InboxReceipt?> EarlierAsync(int connectorId, string clientId, string messageId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Clients.Where(c => c.ConnectorId == connectorId && c.ExternalId == clientId)
            .Join(db.Messages, c => c.Id, m => m.ClientId, (c, m) => new { c, m })
            .Where(x => x.m.ClientMessageId == messageId)
            .Select(x => new InboxReceipt(x.m.Id, x.m.ConversationId, x.c.Id, false))
            .FirstOrDefaultAsync();
    }

    public async Task<Result<InboxReceipt>> ReceiveAsync(int connectorId, InboxClient who, string messageId, string? text, Attachment? attachment)
    {
        var received = await inbox.ReceiveAsync(connectorId, new ExternalPerson(who.Id!, who.Name, null, who.Email, who.Phone), messageId, text, attachment);
        return received.Succeeded
            ? new InboxReceipt(received.Value.Message.Id, received.Value.ConversationId, received.Value.Message.ClientId!.Value, received.Value.Created)
            : received.Error;
    }

    /// <summary>A file in this connector's conversations (an agent's attachment the caller's webhook was told of).</summary>
    public async Task<Attachment?> FileAsync(int connectorId, long messageId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Messages.AsNoTracking()
            .Where(m => m.Id == messageId && m.Kind != MessageKind.Note && m.Attachment != null && m.DeletedAt == null)
            .Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.ConnectorId == connectorId))
            .Select(m => m.Attachment)
            .FirstOrDefaultAsync();
    }
}
