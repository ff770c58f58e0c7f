using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Conversations;

namespace OpenChannels.Tests.Components;

/// <summary>M-1, M-7: the open page merges each change into its list as the events arrive, without reloading.</summary>
public sealed class ContactCenterPageTests : ComponentTestBase
{
    [Fact]
    public async Task List_GainsALine_UpdatesItInPlace_AndDropsItWhenClosed()
    {
        var scenario = await Scenario.CreateAsync(App);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<ContactCenterPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=conversation-list]"));
        page.FindAll("[data-conversation]").ShouldBeEmpty();

        var visitor = await WidgetVisitor.StartAsync(App, scenario.Key);
        await visitor.SayAsync("Hello");
        var id = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        page.WaitForAssertion(() => page.Find($"[data-conversation='{id}'] .oc-conversation-row__preview").TextContent.ShouldBe("Hello"));

        // Screen readers hear it too: the page's live region names the client.
        page.Find("[data-testid=announcement]").GetAttribute("aria-live").ShouldBe("polite");
        page.WaitForAssertion(() => page.Find("[data-testid=announcement]").TextContent.ShouldStartWith("New "));
        page.Find("[data-testid=announcement]").TextContent.ShouldEndWith("from Visitor #1");

        await visitor.SayAsync("Are you there?");
        page.WaitForAssertion(() =>
        {
            page.FindAll("[data-conversation]").Count.ShouldBe(1);
            page.Find($"[data-conversation='{id}'] .oc-conversation-row__preview").TextContent.ShouldBe("Are you there?");
        });

        (await App.Get<MessengerService>().AcceptAsync(scenario.Admin, id)).ShouldSucceed();
        (await App.Get<MessengerService>().CloseAsync(scenario.Admin, id)).ShouldSucceed();
        page.WaitForAssertion(() => page.FindAll("[data-conversation]").ShouldBeEmpty());
    }

    [Fact]
    public async Task OpenConversation_ReReadsWhenTheClientWrites()
    {
        var scenario = await Scenario.CreateAsync(App);
        var visitor = await WidgetVisitor.StartAsync(App, scenario.Key);
        await visitor.SayAsync("First");
        var id = await App.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<ContactCenterPage>(p => p.Add(x => x.ConversationId, id));
        page.WaitForAssertion(() => Texts(page).ShouldContain("First"));
        Texts(page).ShouldNotContain("Second");

        await visitor.SayAsync("Second");

        page.WaitForAssertion(() => Texts(page).ShouldContain("Second"));
    }

    private static List<string> Texts(IRenderedComponent<ContactCenterPage> page) =>
        page.FindAll("[data-testid=message-text]").Select(m => m.TextContent).ToList();
}
