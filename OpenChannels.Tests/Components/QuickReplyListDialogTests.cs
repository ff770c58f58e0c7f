using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.QuickReplies;

namespace OpenChannels.Tests.Components;

/// <summary>A-8: the quick-reply list dialog adds replies to the list, and refuses an empty one with the reason.</summary>
public sealed class QuickReplyListDialogTests : ComponentTestBase
{
    [Fact]
    public async Task AddingAReply_ShowsItInTheList_AndStoresIt()
    {
        var dialog = await OpenAsync();

        dialog.FindAll("input")[1].Change("Opening hours");
        dialog.Find("textarea").Change("We are open 9 to 18.");
        await dialog.FindAll("button").Single(b => b.TextContent.Trim() == "Add reply").ClickAsync(new());

        dialog.WaitForAssertion(() => dialog.Find("[data-testid=quick-replies]").TextContent.ShouldContain("We are open 9 to 18."));
        (await App.QueryAsync(db => db.QuickReplies.Select(r => r.Title).SingleAsync())).ShouldBe("Opening hours");
    }

    [Fact]
    public async Task AReplyWithoutText_IsRefusedWithTheReason_AndNothingIsStored()
    {
        var dialog = await OpenAsync();

        dialog.FindAll("input")[1].Change("Opening hours");
        await dialog.FindAll("button").Single(b => b.TextContent.Trim() == "Add reply").ClickAsync(new());

        dialog.WaitForAssertion(() => dialog.Find("[role=alert]").TextContent.ShouldNotBeNullOrWhiteSpace());
        (await App.QueryAsync(db => db.QuickReplies.CountAsync())).ShouldBe(0);
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        var id = (await App.Get<QuickReplyService>().CreateListAsync("Sales")).ShouldSucceed();
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<QuickReplyListDialog> { { d => d.List, new QuickReplyListRow(id, "Sales", 0, 0) } };
        await provider.InvokeAsync(() => dialogs.ShowAsync<QuickReplyListDialog>("Sales", parameters));
        provider.WaitForAssertion(() => provider.Find("[data-testid=quick-replies]"));
        return provider;
    }
}
