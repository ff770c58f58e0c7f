using Bunit;
using Microsoft.EntityFrameworkCore;
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
}
