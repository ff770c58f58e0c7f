using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Localization;
using OpenChannels.Web.Realtime;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// The client side of the live chat: sessions, history and receiving messages. Each write runs in one
/// SQLite write transaction (BEGIN IMMEDIATE), so "is this message new?" and "store it" cannot interleave
/// with another request: a retried or doubled send is stored and pushed once (docs/decisions/0004).
/// </summary>
public sealed class WidgetService(
    IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock, AgentFeed agents,
    WidgetLinks links, WidgetLimits limits, Connectors.ClientIntake intake)
{
    /// <summary>How often a visitor's "last seen" moves when they only read: one write a day at most.</summary>
    private static readonly TimeSpan ReadingTouch = TimeSpan.FromDays(1);

    /// <param name="visitorCulture">The language the visitor's browser asks for, when it is one of the four.</param>
    /// <param name="origin">The website asking (the request's <c>Origin</c>), checked against the connector's allowed websites.</param>
    public async Task<Result<WidgetConfig>> ConfigAsync(string publicKey, CultureInfo? visitorCulture = null, string? origin = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var found = await db.Connectors.Where(c => c.PublicKey == publicKey && c.OpenChannelId != null && c.Kind == ConnectorKind.LiveChat)
            .Join(db.OpenChannels, c => c.OpenChannelId, ch => ch.Id, (c, ch) => new { c.WidgetTitle, c.WidgetColor, c.AllowedOrigins, Channel = ch })
            .FirstOrDefaultAsync();
        if (found is null)
        {
            return new UnknownConnector(publicKey);
        }

        if (!WebOrigins.Accept(found.AllowedOrigins, origin))
        {
            return new OriginNotAllowed(origin!);
        }

        // H-12: the live chat can show only during working hours.
        var channel = found.Channel;
        var hidden = channel.Hours.HidesWidgetAt(clock.GetUtcNow());

        var language = LanguageOf(channel, visitorCulture);
        return new WidgetConfig(
            found.WidgetTitle ?? channel.Name,
            found.WidgetColor,
            Greeting: null,
            hidden,
            await ClientPrerequisiteService.TermsAsync(db, channel),
            WidgetContactForm.From(channel.ContactForm),
            WidgetPhrases.For(language),
            UiCultures.Of(language),
            Unavailable: channel.IsActive ? null : channel.UnavailableText ?? DefaultTexts.For(language, DefaultText.Unavailable));
    }

    /// <summary>O-5: the live chat speaks the channel's language, or the visitor's (the request's, from the browser) when the channel says so.</summary>
    internal static ChannelLanguage LanguageOf(OpenChannel channel, CultureInfo? visitorCulture) =>
        channel.WidgetSpeaksVisitorLanguage && visitorCulture is not null && UiCultures.ChannelLanguageOf(visitorCulture) is { } visitor
            ? visitor
            : channel.Language;

    /// <summary>A new anonymous client; the returned token is their only key to their conversations.</summary>
    public async Task<Result<string>> StartSessionAsync(string publicKey, string? origin = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var connector = await db.Connectors.Where(c => c.PublicKey == publicKey && c.OpenChannelId != null && c.Kind == ConnectorKind.LiveChat)
            .Select(c => new { c.Id, c.AllowedOrigins }).FirstOrDefaultAsync();
        if (connector is null)
        {
            return new UnknownConnector(publicKey);
        }

        if (!WebOrigins.Accept(connector.AllowedOrigins, origin))
        {
            return new OriginNotAllowed(origin!);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        db.Clients.Add(new Client(connector.Id, Hash(token), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>The visitor whose token this is. A token idle for longer than <see cref="WidgetLimits.VisitorIdleDays"/> is unknown.</summary>
    public Task<Result<WidgetClient>> ResolveAsync(string publicKey, string? token, string? origin = null)
    {
        // The connector and the client by their secrets in one statement: this runs before every request of a visitor.
        var hash = string.IsNullOrEmpty(token) ? null : Hash(token);
        return ResolveWhereAsync(publicKey, origin, hash is null ? null : k => k.TokenHash == hash);
    }

    /// <summary>The visitor a signed link (<see cref="WidgetLinks"/>) speaks for, under the same rules as their token.</summary>
    public Task<Result<WidgetClient>> ResolveLinkAsync(string publicKey, int clientId) =>
        ResolveWhereAsync(publicKey, origin: null, k => k.Id == clientId);

    private async Task<Result<WidgetClient>> ResolveWhereAsync(
        string publicKey, string? origin, System.Linq.Expressions.Expression<Func<Client, bool>>? which)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var clients = which is null ? db.Clients.Where(_ => false) : db.Clients.Where(which);
        var connector = await db.Connectors.AsNoTracking()
            .Where(c => c.PublicKey == publicKey && c.OpenChannelId != null && c.Kind == ConnectorKind.LiveChat)
            .Select(c => new
            {
                c.Id,
                c.OpenChannelId,
                c.AllowedOrigins,
                Client = clients.Where(k => k.ConnectorId == c.Id).Select(k => new { k.Id, k.LastSeenAt }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync();
        if (connector is null)
        {
            return new UnknownConnector(publicKey);
        }

        if (!WebOrigins.Accept(connector.AllowedOrigins, origin))
        {
            return new OriginNotAllowed(origin!);
        }

        var now = clock.GetUtcNow();
        if (connector.Client is not { } client || now - client.LastSeenAt > TimeSpan.FromDays(limits.VisitorIdleDays))
        {
            return new UnknownClient();
        }

        if (now - client.LastSeenAt > ReadingTouch)
        {
            // A visitor who only reads is still here: their token lives on.
            await writes.RunAsync(async w =>
            {
                (await w.Clients.SingleAsync(k => k.Id == client.Id)).Seen(now);
                return Result.Ok;
            });
        }

        return new WidgetClient(connector.Id, connector.OpenChannelId!.Value, publicKey, client.Id);
    }

    /// <summary>Everything the client may see of all their conversations here, oldest first.</summary>
    public async Task<IReadOnlyList<WidgetMessage>> HistoryAsync(WidgetClient client)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.Kind != MessageKind.Note)
            .Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.ClientId == client.ClientId && c.ConnectorId == client.ConnectorId))
            .OrderBy(m => m.Id)
            .ToListAsync();
        var authors = await AuthorsAsync(db, client, messages);
        var bots = await BotAuthorsAsync(db, messages);
        return messages.Select(m => WidgetMessage.From(m, links, client.PublicKey, client.ClientId, m.BotId is { } bot ? bots.GetValueOrDefault(bot) : Author(authors, m))).ToList();
    }

    /// <summary>
    /// Stores a client message (or file) once per client message id, in the open conversation or a new one.
    /// Created is false for a repeat: the stored message is returned and nothing is pushed again.
    /// </summary>
    public Task<Result<(WidgetMessage Message, bool Created)>> ReceiveAsync(
        WidgetClient client, string clientMessageId, string? text, Attachment? attachment) => writes.RunAsync<(WidgetMessage, bool)>(async db =>
    {
        var received = await intake.ReceiveAsync(db, client.ConnectorId, client.ClientId, clientMessageId, text, attachment, clock.GetUtcNow());
        return received.Succeeded
            ? (WidgetMessage.From(received.Value.Message, links, client.PublicKey, client.ClientId, null), received.Value.Created)
            : received.Error;
    });

    /// <summary>A-9: what the client is typing, for agents to read along — or only that they are typing, when the channel says so.</summary>
    public async Task TypingAsync(WidgetClient client, string? text)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var conversation = await db.Conversations.AsNoTracking()
            .Where(c => c.ClientId == client.ClientId && c.ConnectorId == client.ConnectorId && c.IsOpen)
            .Join(db.OpenChannels.Where(ch => ch.IsActive), c => c.OpenChannelId, ch => ch.Id, (c, ch) => new { c.Id, ch.LiveTyping })
            .FirstOrDefaultAsync();
        if (conversation is not null)
        {
            var preview = (text ?? string.Empty).Trim();
            agents.Publish(new ConversationEvent(
                conversation.Id,
                ConversationEventKind.ClientTyping,
                TypingText: !conversation.LiveTyping ? null : preview.Length > 500 ? preview[..500] : preview,
                IsTyping: preview.Length > 0));
        }
    }

    /// <summary>The client has seen the agents' messages: their delivery state becomes "read".</summary>
    public async Task MarkReadAsync(WidgetClient client) => await writes.RunAsync(async db =>
    {
        var now = clock.GetUtcNow();
        var unread = await db.Messages
            .Where(m => m.Kind == MessageKind.Agent && m.ReadByClientAt == null)
            .Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.ClientId == client.ClientId && c.ConnectorId == client.ConnectorId))
            .ToListAsync();
        unread.ForEach(m => m.MarkReadByClient(now));
        return Result.Ok;
    });

    /// <summary>A file from one of this client's own conversations; never from a note.</summary>
    public async Task<Attachment?> FileAsync(WidgetClient client, long messageId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var message = await db.Messages.AsNoTracking()
            .Where(m => m.Id == messageId && m.Kind != MessageKind.Note && m.DeletedAt == null)
            .Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.ClientId == client.ClientId && c.ConnectorId == client.ConnectorId))
            .FirstOrDefaultAsync();
        return message?.Attachment;
    }

    /// <summary>Q-7: the channel's own photo, while the channel answers with its own name and photo.</summary>
    public async Task<string?> ChannelPhotoFileAsync(WidgetClient client)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.OpenChannels.Where(c => c.Id == client.OpenChannelId && c.AgentInfo == AgentInfoMode.ChannelEntries)
            .Select(c => c.AgentPhotoFile).FirstOrDefaultAsync();
    }

    /// <summary>Q-7: an agent's photo, only of agents who wrote to this client.</summary>
    public async Task<string?> AgentPhotoFileAsync(WidgetClient client, int employeeId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.OpenChannels.Where(c => c.Id == client.OpenChannelId).Select(c => c.AgentInfo).SingleAsync() != AgentInfoMode.EmployeeProfile)
        {
            return null;
        }

        var wroteToClient = await db.Messages.AnyAsync(m => m.AuthorEmployeeId == employeeId && m.Kind == MessageKind.Agent
            && db.Conversations.Any(c => c.Id == m.ConversationId && c.ClientId == client.ClientId));
        return wroteToClient
            ? await db.Employees.Where(e => e.Id == employeeId).Select(e => e.PhotoFile).FirstOrDefaultAsync()
            : null;
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>B-1: a bot's messages carry its name, so the client knows who answers.</summary>
    internal static async Task<Dictionary<int, WidgetAuthor>> BotAuthorsAsync(OpenChannelsDbContext db, IEnumerable<Message> messages)
    {
        var ids = messages.Where(m => m.BotId != null).Select(m => m.BotId!.Value).Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Bots.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => new WidgetAuthor(b.Name, null));
    }

    private async Task<Dictionary<int, WidgetAuthor>> AuthorsAsync(
        OpenChannelsDbContext db, WidgetClient client, IEnumerable<Message> messages)
    {
        var ids = messages.Where(m => m.Kind == MessageKind.Agent && m.AuthorEmployeeId != null)
            .Select(m => m.AuthorEmployeeId!.Value).Distinct().ToList();
        var how = await AgentPresentation.OfAsync(db, client.OpenChannelId);
        var employees = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync();
        return employees
            .Select(e => (e.Id, Author: Author(how, e, links, client.PublicKey, client.ClientId)))
            .Where(a => a.Author is not null)
            .ToDictionary(a => a.Id, a => a.Author!);
    }

    /// <summary>Q-7: the agent as this channel shows them to clients: profile, first name only, the channel's own name and photo, or nothing.</summary>
    internal static WidgetAuthor? Author(
        AgentPresentation how, Domain.Employees.Employee employee, WidgetLinks links, string publicKey, int clientId) => how.Mode switch
        {
            AgentInfoMode.ChannelEntries => new WidgetAuthor(
                how.ChannelName ?? string.Empty,
                how.ChannelHasPhoto ? links.ChannelPhoto(publicKey, clientId) : null),
            AgentInfoMode.EmployeeProfile => new WidgetAuthor(
                employee.FullName,
                employee.PhotoFile is null ? null : links.AgentPhoto(publicKey, clientId, employee.Id)),
            AgentInfoMode.NameOnly => new WidgetAuthor(employee.FirstName, null),
            _ => null,
        };

    private static WidgetAuthor? Author(Dictionary<int, WidgetAuthor> authors, Message message) =>
        message.AuthorEmployeeId is { } id ? authors.GetValueOrDefault(id) : null;
}
