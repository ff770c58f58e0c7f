using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Consent;

namespace OpenChannels.Tests.Components;

public sealed class ConsentTabTests : ComponentTestBase
{
    [Fact]
    public async Task Tab_ShowsTheBuiltInAgreement_InTheChannelsLanguage()
    {
        var scenario = await Scenario.CreateAsync(App);
        var other = App.Get<GeneralSettingsService>();
        var form = (await other.GetAsync(scenario.ChannelId))!;
        form.Language = ChannelLanguage.Italian;
        await other.SaveAsync(scenario.ChannelId, form);

        var tab = Render<ConsentTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));

        tab.WaitForAssertion(() => tab.Find("[data-testid=agreement-preview]").TextContent.ShouldContain("Trattamento dei dati personali"));
        tab.Find("[data-testid=agreement-preview]").TextContent.ShouldContain(DefaultTexts.For(ChannelLanguage.Italian, DefaultText.Consent));
    }

    [Fact]
    public async Task NewAgreement_WithoutText_SaysSo_AndStoresNothing()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = (IDialogService)Services.GetService(typeof(IDialogService))!;
        await provider.InvokeAsync(() => dialogs.ShowAsync<AgreementDialog>("New agreement"));
        await provider.FindAll("input").First().ChangeAsync(new() { Value = "Privacy notice" });

        await provider.FindAll("button").Single(b => b.TextContent.Contains("Save agreement")).ClickAsync(new());

        provider.WaitForAssertion(() => provider.Markup.ShouldContain("Write what the client agrees to."));
        (await App.QueryAsync(db => db.Agreements.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task EditingAnAgreement_WarnsThatClientsAreAskedAgain_AndSavesTheNextVersion()
    {
        var consent = App.Get<ConsentService>();
        await consent.CreateAgreementAsync("Privacy notice", "One.");
        var row = (await consent.AgreementsAsync()).Single();
        var provider = Render<MudDialogProvider>();
        var dialogs = (IDialogService)Services.GetService(typeof(IDialogService))!;
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await dialogs.ShowAsync<AgreementDialog>(
            "Edit", new DialogParameters<AgreementDialog> { { d => d.Agreement, row } }));

        provider.Markup.ShouldContain("A changed wording becomes version 2: clients who accepted version 1 are asked again.");
        await provider.Find("textarea").ChangeAsync(new() { Value = "Two." });
        await provider.FindAll("button").Single(b => b.TextContent.Contains("Save agreement")).ClickAsync(new());

        (await reference!.Result)!.Canceled.ShouldBeFalse();
        (await consent.AgreementsAsync()).Single().Version.ShouldBe(2);
    }
}
