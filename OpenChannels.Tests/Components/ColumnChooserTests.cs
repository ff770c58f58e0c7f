using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OpenChannels.Web.Features.Statistics;
using OpenChannels.Web.Localization;

namespace OpenChannels.Tests.Components;

/// <summary>K-3's "choose which data to show": the column chooser adds and removes columns in the list's order, and keeps one.</summary>
public sealed class ColumnChooserTests : BunitContext, IAsyncLifetime
{
    public ColumnChooserTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddOpenChannelsLocalization();
        Services.AddSingleton<ListWording>();
    }

    [Fact]
    public async Task Ticking_AddsTheColumnInItsPlace_Unticking_RemovesIt_AndTheLastOneStays()
    {
        IReadOnlyList<ListColumn>? chosen = null;
        var menu = Render<MudBlazor.MudPopoverProvider>();
        var chooser = Render<ColumnChooser>(p => p
            .Add(c => c.Chosen, [ListColumn.Number, ListColumn.Late])
            .Add(c => c.ChosenChanged, columns => chosen = columns));
        await chooser.Find("button").ClickAsync(new());

        await Box(menu, ListColumn.MaxResponse).ChangeAsync(new() { Value = true });
        chosen.ShouldBe([ListColumn.Number, ListColumn.MaxResponse, ListColumn.Late]);

        await Box(menu, ListColumn.Number).ChangeAsync(new() { Value = false });
        chosen.ShouldBe([ListColumn.Late]);

        chooser.Render(p => p.Add(c => c.Chosen, [ListColumn.Late]));
        Box(menu, ListColumn.Late).HasAttribute("disabled").ShouldBeTrue("the last column cannot be hidden");
    }

    [Fact]
    public void Labels_AreTheColumnsTitles_InTheReadersLanguage()
    {
        var reader = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr");
        try
        {
            var menu = Render<MudBlazor.MudPopoverProvider>();
            var chooser = Render<ColumnChooser>(p => p.Add(c => c.Chosen, ListColumns.Default));
            chooser.Find("button").Click();
            menu.Markup.ShouldContain("Première réponse");
            menu.Markup.ShouldContain("Réponses en retard");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = reader;
        }
    }

    private static AngleSharp.Dom.IElement Box(IRenderedComponent<MudBlazor.MudPopoverProvider> menu, ListColumn column) =>
        menu.Find($"[data-column={column}] input, input[data-column={column}]");

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
