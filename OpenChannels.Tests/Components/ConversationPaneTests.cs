using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Components;

public sealed class ConversationPaneTests : ComponentTestBase
{
    [Fact]
    public async Task Pane_ShowsTheClientsTextAsText_AndTheActionsOfAnUnassignedConversation()
    {
        var scenario = await Scenario.CreateAsync(App);
        var visitor = await WidgetVisitor.StartAsync(App, scenario.Key);
        await visitor.SayAsync("<script>alert('x')</script> hello");
        var conversationId = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        Render<MudBlazor.MudPopoverProvider>();

        var pane = Render<ConversationPane>(p => p
            .Add(x => x.ConversationId, conversationId)
            .Add(x => x.Viewer, scenario.Admin));

        pane.WaitForAssertion(() => pane.Find("[data-testid=message-text]").TextContent.ShouldBe("<script>alert('x')</script> hello"));
        pane.Markup.ShouldContain("&lt;script&gt;");
        pane.Markup.ShouldNotContain("<script>alert");
        pane.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Accept");
        pane.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Accept and close");
    }

    [Fact]
    public async Task Composer_SlashRename_RenamesForEmployeesOnly_AndSendsNothing()
    {
        var (scenario, conversationId) = await ConversationAsync("Hello");
        var pane = Open(conversationId, scenario.Admin);

        pane.Find("[data-testid=composer]").Input("/rename Order 12");
        await pane.Find("button[aria-label=Send]").ClickAsync(new());

        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]").GetAttribute("value").ShouldBeNullOrEmpty());
        (await App.QueryAsync(db => db.Conversations.Select(c => c.Title).SingleAsync())).ShouldBe("Order 12");
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == OpenChannels.Domain.Conversations.MessageKind.Agent))).ShouldBe(0);
    }

    [Fact]
    public async Task Composer_SlashQuote_QuotesTheClientsLastMessage()
    {
        var (scenario, conversationId) = await ConversationAsync("Where is my order?");
        var pane = Open(conversationId, scenario.Admin);

        pane.Find("[data-testid=composer]").Input("/quote");
        await pane.Find("button[aria-label=Send]").ClickAsync(new());

        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]").GetAttribute("value").ShouldBe("> Where is my order?\n"));
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == OpenChannels.Domain.Conversations.MessageKind.Agent))).ShouldBe(0);
    }

    [Fact]
    public async Task AColleaguesConversation_CannotBeAnswered_OnlyNoted()
    {
        var (scenario, conversationId) = await ConversationAsync("Hello");
        var bea = await new Scenario(App).AddAgentAsync("Bea");
        await App.GiveRoleAsync(RoleKind.Director, HolderKind.Employee, bea);
        (await App.Get<MessengerService>().AcceptAsync(scenario.Admin, conversationId)).Succeeded.ShouldBeTrue();

        var pane = Open(conversationId, Scenario.Agent(bea));

        pane.WaitForAssertion(() => pane.Markup.ShouldContain("has this conversation. Take it over to reply, or write an internal note."));
        pane.Find("[data-testid=composer]").GetAttribute("placeholder")!.ShouldStartWith("Write a reply");
    }

    [Fact]
    public async Task O4_FinishAsksFirst_AndCancellingKeepsTheConversationOpen()
    {
        var (scenario, conversationId) = await ConversationAsync("Hello");
        (await App.Get<MessengerService>().AcceptAsync(scenario.Admin, conversationId)).ShouldSucceed();
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        var pane = Open(conversationId, scenario.Admin);

        // The click's handler waits for the answer: it is answered before the click is awaited.
        var finishing = pane.Find("[data-shortcut=finish]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Finish the conversation?"));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());
        await finishing;

        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldNotContain("Finish the conversation?"));
        (await App.QueryAsync(db => db.Conversations.Select(c => c.IsOpen).SingleAsync())).ShouldBeTrue();

        finishing = pane.Find("[data-shortcut=finish]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Finish the conversation?"));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Yes").ClickAsync(new());
        await finishing;
        await Eventually.ReachAsync(() => App.QueryAsync(db => db.Conversations.Select(c => c.IsOpen).SingleAsync()), open => !open, "closed after Yes");
    }

    private async Task<(Scenario Scenario, int ConversationId)> ConversationAsync(string clientText)
    {
        var scenario = await Scenario.CreateAsync(App);
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync(clientText);
        return (scenario, await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync()));
    }

    private IRenderedComponent<ConversationPane> Open(int conversationId, Viewer viewer)
    {
        Render<MudBlazor.MudPopoverProvider>();
        var pane = Render<ConversationPane>(p => p.Add(x => x.ConversationId, conversationId).Add(x => x.Viewer, viewer));
        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]"));
        return pane;
    }
}
