using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Crm;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Crm;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Tests.Web.Crm;

/// <summary>The steps CRM tests share: the form that carries contact data, a contact someone answers for, what a conversation is attached to.</summary>
internal static class CrmSteps
{
    /// <summary>A-2 after the first message, e-mail and phone optional: the usual way a live-chat visitor leaves contact data.</summary>
    public static Task AskContactAfterFirstMessageAsync(this Scenario scenario) =>
        scenario.ConfigureAutomaticActionsAsync(f =>
            (f.ContactFormMode, f.ContactName, f.ContactEmail, f.ContactPhone) = (ContactFormMode.AfterFirstMessage, ContactFieldRule.Optional, ContactFieldRule.Optional, ContactFieldRule.Optional));

    /// <summary>A visitor writes, then leaves their details in the form; returns the visitor and the conversation.</summary>
    public static async Task<(WidgetVisitor Visitor, int Conversation)> VisitorWhoLeavesAsync(
        this TestApp app, string key, string text, string? name, string? email, string? phone)
    {
        var before = await app.QueryAsync(db => db.Conversations.Select(c => c.Id).ToListAsync());
        var visitor = await WidgetVisitor.StartAsync(app, key);
        await visitor.SayAsync(text);
        if (name is not null || email is not null || phone is not null)
        {
            (await visitor.GiveContactAsync(name, email, phone)).EnsureSuccessStatusCode();
        }

        return (visitor, await app.QueryAsync(db => db.Conversations.Where(c => !before.Contains(c.Id)).Select(c => c.Id).SingleAsync()));
    }

    /// <summary>A contact in the CRM, saved by the administrator, with <paramref name="responsibleId"/> answering for it.</summary>
    public static async Task<int> ContactAsync(this TestApp app, Scenario scenario, string name, string? email, string? phone, int responsibleId)
    {
        var form = new CrmContactForm { Name = name, Emails = email, Phones = phone, Responsible = new CrmPick(responsibleId, string.Empty) };
        return (await app.Get<CrmService>().SaveContactAsync(scenario.Admin, null, form)).ShouldSucceed();
    }

    public static Task<(int? Contact, int? Lead, int? Deal, RecognisedBy By)> CrmOfAsync(this TestApp app, int conversationId) =>
        app.QueryAsync(db => db.Conversations.Where(c => c.Id == conversationId)
            .Select(c => new ValueTuple<int?, int?, int?, RecognisedBy>(c.CrmContactId, c.CrmLeadId, c.CrmDealId, c.RecognisedBy)).SingleAsync());

    /// <summary>A role with CRM levels only: no open channel or conversation rights at all.</summary>
    public static Task<int> GiveCrmOnlyRoleAsync(this TestApp app, int employeeId, AccessLevel view, AccessLevel edit) =>
        app.GiveCustomRoleAsync($"CRM {employeeId}", new Dictionary<Permission, AccessLevel> { [Permission.ViewCrm] = view, [Permission.EditCrm] = edit }, HolderKind.Employee, employeeId);
}
