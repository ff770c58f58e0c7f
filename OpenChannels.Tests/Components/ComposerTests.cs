using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Components;

/// <summary>M-4: the reply box's slash commands do what they say, and none of them sends anything to the client.</summary>
public sealed class ComposerTests : ComponentTestBase
{
    [Fact]
    public async Task M4_SlashId_SaysTheConversationsNumber_AndSendsNothing()
    {
        var (scenario, conversationId) = await ConversationAsync("Hello");
        var pane = Open(conversationId, scenario.Admin);

        await SendAsync(pane, "/id");

        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]").GetAttribute("value").ShouldBeNullOrEmpty());
        Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message).ShouldContain($"This is conversation #{conversationId}.");
        (await AgentMessagesAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task M4_SlashQuote_WithText_QuotesThatText_LineByLine()
    {
        var (scenario, conversationId) = await ConversationAsync("Hello");
        var pane = Open(conversationId, scenario.Admin);

        await SendAsync(pane, "/quote Order 12\nshipped");

        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]").GetAttribute("value").ShouldBe("> Order 12\n> shipped\n"));
        (await AgentMessagesAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task M4_SlashRename_WithoutATitle_RemovesIt()
    {
        var (scenario, conversationId) = await ConversationAsync("Hello");
        (await App.Get<MessengerService>().RenameAsync(scenario.Admin, conversationId, "Order 12")).ShouldSucceed();
        var pane = Open(conversationId, scenario.Admin);

        await SendAsync(pane, "/rename");

        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]").GetAttribute("value").ShouldBeNullOrEmpty());
        (await App.QueryAsync(db => db.Conversations.Select(c => c.Title).SingleAsync())).ShouldBeNull();
        Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message).ShouldContain("Title removed.");
    }

    [Fact]
    public async Task M4_AnUnknownCommand_IsExplained_AndKeptToCorrect()
    {
        var (scenario, conversationId) = await ConversationAsync("Hello");
        var pane = Open(conversationId, scenario.Admin);

        await SendAsync(pane, "/renmae Order 12");

        pane.WaitForAssertion(() => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message)
            .ShouldContain("Unknown command /renmae. Try /quote, /rename or /id (start with // to send a slash)."));
        pane.Find("[data-testid=composer]").GetAttribute("value").ShouldBe("/renmae Order 12");
        (await App.QueryAsync(db => db.Conversations.Select(c => c.Title).SingleAsync())).ShouldBeNull();
        (await AgentMessagesAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AMentionPickedFromTheList_WritesAnInternalNote_AndNotifiesTheColleague()
    {
        var (scenario, conversationId) = await ConversationAsync("Hello");
        var bea = await scenario.AddAgentAsync("Bea");
        await App.GiveRoleAsync(OpenChannels.Domain.Access.RoleKind.Director, OpenChannels.Domain.Access.HolderKind.Employee, bea);
        var popovers = Render<MudPopoverProvider>();
        var pane = Render<ConversationPane>(p => p.Add(x => x.ConversationId, conversationId).Add(x => x.Viewer, scenario.Admin));
        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]"));

        await pane.Find("button[aria-label='Mention a colleague']").ClickAsync(new());
        popovers.WaitForAssertion(() => popovers.FindAll("[data-testid=mention-option]").Select(o => o.TextContent.Trim()).ShouldBe(["Bea"]));
        await popovers.Find("[data-testid=mention-option]").ClickAsync(new());

        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]").GetAttribute("value").ShouldBe("@Bea "));
        pane.Find("button[aria-label=Send]").TextContent.Trim().ShouldBe("Add note", "a mention belongs in an internal note");
        await SendAsync(pane, "@Bea can you take this one?");

        (await AgentMessagesAsync()).ShouldBe(0, "the client sees nothing");
        (await App.QueryAsync(db => db.Notifications.SingleAsync())).EmployeeId.ShouldBe(bea);
    }

    private static async Task SendAsync(IRenderedComponent<ConversationPane> pane, string text)
    {
        pane.Find("[data-testid=composer]").Input(text);
        await pane.Find("button[aria-label=Send]").ClickAsync(new());
    }

    private Task<int> AgentMessagesAsync() => App.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Agent));

    private async Task<(Scenario Scenario, int ConversationId)> ConversationAsync(string clientText)
    {
        var scenario = await Scenario.CreateAsync(App);
        await (await WidgetVisitor.StartAsync(App, scenario.Key)).SayAsync(clientText);
        return (scenario, await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync()));
    }

    private IRenderedComponent<ConversationPane> Open(int conversationId, Viewer viewer)
    {
        Render<MudPopoverProvider>();
        var pane = Render<ConversationPane>(p => p.Add(x => x.ConversationId, conversationId).Add(x => x.Viewer, viewer));
        pane.WaitForAssertion(() => pane.Find("[data-testid=composer]"));
        return pane;
    }
}
