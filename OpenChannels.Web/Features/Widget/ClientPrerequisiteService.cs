using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Consent;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// What a channel asks of a live-chat visitor before they write: accepting its agreement (C-1) and the contact form
/// . The same checks guard <see cref="WidgetService.ReceiveAsync"/>, so an API caller cannot skip them.
/// </summary>
public sealed class ClientPrerequisiteService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock, CrmLinks.ChatCrm crm)
{
    public async Task<WidgetClientState> StateAsync(WidgetClient widgetClient)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var (channel, client) = await LoadAsync(db, widgetClient);
        var terms = await TermsAsync(db, channel);
        var consentNeeded = terms is not null && !await HasAcceptedAsync(db, client.Id, terms);
        var blocked = await BeforeWritingAsync(db, channel, client) is not null;
        return new WidgetClientState(consentNeeded, channel.ContactForm.IsNeededBy(client), !blocked, client.Name, client.Email, client.Phone);
    }

    /// <summary>C-1: records that the client accepted exactly these terms; accepting again changes nothing.</summary>
    public Task<Result> AcceptAsync(WidgetClient widgetClient, int agreementId, int version) => writes.RunAsync(async db =>
    {
        var (channel, client) = await LoadAsync(db, widgetClient);
        var terms = await TermsAsync(db, channel);
        if (terms is null)
        {
            return new Conflict("This chat does not ask for an agreement any more. You can write right away.");
        }

        if (terms.AgreementId != agreementId || terms.Version != version)
        {
            return new Conflict("The agreement has changed since you opened the chat. Read it again, then accept it.");
        }

        if (!await HasAcceptedAsync(db, client.Id, terms))
        {
            db.ConsentRecords.Add(new ConsentRecord(client.Id, channel.Id, terms, clock.GetUtcNow()));
        }

        return Result.Ok;
    });

    /// <summary>A-2: the contact form, checked field by field against the channel's form; stored on the client.</summary>
    public Task<Result> GiveContactAsync(WidgetClient widgetClient, string? name, string? email, string? phone) => writes.RunAsync(async db =>
    {
        var (channel, client) = await LoadAsync(db, widgetClient);
        if (channel.ContactForm.Mode == ContactFormMode.Off)
        {
            return new Conflict("This chat does not ask for contact details.");
        }

        var details = channel.ContactForm.Check(name, email, phone);
        if (!details.Succeeded)
        {
            return details.Error;
        }

        var now = clock.GetUtcNow();
        client.Introduce(details.Value.Name, details.Value.Email, details.Value.Phone, now);

        // CRM-2: the form fills the CRM — the open conversations' client is recognised, or a lead made, with what they wrote.
        foreach (var conversation in await db.Conversations.Where(c => c.ClientId == client.Id && c.IsOpen).ToListAsync())
        {
            await crm.RecogniseAsync(db, await db.OpenChannels.AsNoTracking().SingleAsync(c => c.Id == conversation.OpenChannelId), conversation, client, now);
        }

        return Result.Ok;
    });

    /// <summary>C-1 then A-2: the first thing the client must do before their message is taken, or null.</summary>
    internal static async Task<Error?> BeforeWritingAsync(OpenChannelsDbContext db, OpenChannel channel, Client client)
    {
        var terms = await TermsAsync(db, channel);
        var accepted = terms is null ? [] : await db.ConsentRecords.AsNoTracking()
            .Where(r => r.ClientId == client.Id && r.AgreementId == terms.AgreementId && r.AgreementVersion == terms.Version)
            .ToListAsync();
        return ClientPrerequisites.BeforeWriting(channel, terms, accepted, client);
    }

    internal static async Task<AgreementTerms?> TermsAsync(OpenChannelsDbContext db, OpenChannel channel)
    {
        if (!channel.ConsentRequired)
        {
            return null;
        }

        var chosen = channel.ConsentAgreementId is { } id ? await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id) : null;
        return ClientPrerequisites.TermsOf(channel, chosen);
    }

    private static Task<bool> HasAcceptedAsync(OpenChannelsDbContext db, int clientId, AgreementTerms terms) =>
        db.ConsentRecords.AnyAsync(r => r.ClientId == clientId && r.AgreementId == terms.AgreementId && r.AgreementVersion == terms.Version);

    private static async Task<(OpenChannel Channel, Client Client)> LoadAsync(OpenChannelsDbContext db, WidgetClient widgetClient)
    {
        var client = await db.Clients.SingleAsync(c => c.Id == widgetClient.ClientId);
        var channelId = await db.Connectors.Where(c => c.Id == widgetClient.ConnectorId).Select(c => c.OpenChannelId).SingleAsync() ?? widgetClient.OpenChannelId;
        var channel = await db.OpenChannels.AsNoTracking().SingleAsync(c => c.Id == channelId);
        return (channel, client);
    }
}
