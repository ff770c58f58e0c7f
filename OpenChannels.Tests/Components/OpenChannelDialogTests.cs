using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Components;

public sealed class OpenChannelDialogTests : ComponentTestBase
{
    [Fact]
    public async Task Save_WithoutAName_SaysSoAndCreatesNothing()
    {
        var (provider, _) = await OpenAsync(null, string.Empty);

        await provider.FindAll("button").First(b => b.TextContent.Contains("Save")).ClickAsync(new());

        provider.Markup.ShouldContain("Enter the channel's name.");
        (await App.Get<OpenChannelService>().ListAsync(null)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Save_WithATakenName_ShowsTheConflictAndStaysOpen()
    {
        await App.Get<OpenChannelService>().CreateAsync("Website");
        var (provider, reference) = await OpenAsync(null, string.Empty);
        await provider.Find("input").ChangeAsync(new() { Value = "website" });

        await provider.FindAll("button").First(b => b.TextContent.Contains("Save")).ClickAsync(new());

        provider.WaitForAssertion(() => provider.Find("[role=alert]").TextContent.ShouldBe("An open channel named \"website\" already exists."));
        reference.Result.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Rename_StartsFromTheCurrentName_AndSaves()
    {
        var id = (await App.Get<OpenChannelService>().CreateAsync("Website")).Value;
        var (provider, reference) = await OpenAsync(id, "Website");
        provider.Find("input").GetAttribute("value").ShouldBe("Website");
        await provider.Find("input").ChangeAsync(new() { Value = "Website chat" });

        await provider.FindAll("button").First(b => b.TextContent.Contains("Save")).ClickAsync(new());

        (await reference.Result)!.Canceled.ShouldBeFalse();
        (await App.Get<OpenChannelService>().ListAsync(null)).ShouldHaveSingleItem().Name.ShouldBe("Website chat");
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Reference)> OpenAsync(int? id, string name)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetService(typeof(IDialogService)) as IDialogService;
        var parameters = new DialogParameters<OpenChannelDialog> { { d => d.ChannelId, id }, { d => d.InitialName, name } };
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await dialogs!.ShowAsync<OpenChannelDialog>("Open channel", parameters));
        return (provider, reference!);
    }
}
