using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Routing;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.AutomaticActions;

namespace OpenChannels.Tests.Components;

public sealed class AutomaticActionsTabTests : ComponentTestBase
{
    [Fact]
    public async Task PutBackInTheQueue_CanOnlyBeChosenWithEvenly()
    {
        var scenario = await Scenario.CreateAsync(App);
        await scenario.ConfigureQueueAsync(f => f.Mode = DistributionMode.StrictlyInOrder);
        await scenario.ConfigureAutomaticActionsAsync(f => f.UnansweredEnabled = true);

        var tab = Render<AutomaticActionsTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));

        tab.WaitForAssertion(() => Radio(tab, "Put it back in the queue").HasAttribute("disabled").ShouldBeTrue());
        tab.Markup.ShouldContain("Put it back in the queue (needs the Evenly distribution)");
        Radio(tab, "Send an automatic reply").HasAttribute("disabled").ShouldBeFalse();
    }

    [Fact]
    public async Task WithEvenly_PutBackInTheQueue_IsOffered()
    {
        var scenario = await Scenario.CreateAsync(App);
        await scenario.ConfigureAutomaticActionsAsync(f => f.UnansweredEnabled = true);

        var tab = Render<AutomaticActionsTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));

        tab.WaitForAssertion(() => Radio(tab, "Put it back in the queue").HasAttribute("disabled").ShouldBeFalse());
    }

    [Fact]
    public async Task AContactFormAskingNothing_IsRefusedInTheForm_AndNotSaved()
    {
        var scenario = await Scenario.CreateAsync(App);
        var actions = App.Get<AutomaticActionsService>();
        var popovers = Render<MudBlazor.MudPopoverProvider>();
        var tab = Render<AutomaticActionsTab>(p => p.Add(t => t.ChannelId, scenario.ChannelId));
        tab.WaitForAssertion(() => tab.Markup.ShouldContain("Contact form in the live chat"));

        await ChooseAsync(tab, popovers, "Ask for contact details", "Before the dialog");
        foreach (var field in new[] { "Name", "E-mail", "Phone" })
        {
            await ChooseAsync(tab, popovers, field, "Don't ask");
        }

        tab.Find("[data-testid=contact-fields] + [role=alert]").TextContent.ShouldBe("Ask for at least one field: name, e-mail or phone.");
        await tab.FindAll("button").Single(b => b.TextContent.Contains("Save automatic actions")).ClickAsync(new());

        tab.WaitForAssertion(() => tab.Find("[role=alert]").TextContent.ShouldBe("Ask for at least one field: name, e-mail or phone."));
        (await actions.GetAsync(scenario.ChannelId))!.ContactFormMode.ShouldBe(ContactFormMode.Off);
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.ContactForm.Mode).SingleAsync())).ShouldBe(ContactFormMode.Off);
    }

    /// <summary>Opens the MudSelect with this label and picks the option, as a person would.</summary>
    private static async Task ChooseAsync(IRenderedComponent<AutomaticActionsTab> tab, IRenderedComponent<MudBlazor.MudPopoverProvider> popovers, string label, string option)
    {
        var select = tab.FindAll("div.mud-select[id]").Single(s => s.QuerySelector("label")?.TextContent.Trim() == label);
        await select.QuerySelector(".mud-input-control")!.MouseDownAsync(new());
        var item = popovers.WaitForElements(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Contains(option, StringComparison.Ordinal));
        await item.ClickAsync(new());
    }

    private static AngleSharp.Dom.IElement Radio(IRenderedComponent<AutomaticActionsTab> tab, string label) =>
        tab.FindAll("label.mud-radio").Single(r => r.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;
}
