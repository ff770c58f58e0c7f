using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>O-5: the live chat speaks the channel's language, or the visitor's browser language when the channel chooses so; its errors too.</summary>
public sealed class WidgetLanguageTests : ScenarioTest
{
    [Fact]
    public async Task ByDefault_TheChannelsLanguage_WhateverTheBrowser()
    {
        await SetLanguageAsync(ChannelLanguage.French, visitorsLanguage: false);

        var config = await ConfigAsync(acceptLanguage: "pl-PL,pl;q=0.9");

        config.GetProperty("language").GetString().ShouldBe("fr");
        config.GetProperty("phrases").GetProperty("messagePlaceholder").GetString().ShouldBe(WidgetPhrases.For(ChannelLanguage.French).MessagePlaceholder);
    }

    [Fact]
    public async Task WhenTheChannelSaysSo_TheVisitorsLanguage_AndTheChannelsForAnyOther()
    {
        await SetLanguageAsync(ChannelLanguage.French, visitorsLanguage: true);

        (await ConfigAsync(acceptLanguage: "pl-PL,pl;q=0.9")).GetProperty("language").GetString().ShouldBe("pl");
        (await ConfigAsync(acceptLanguage: "it")).GetProperty("phrases").GetProperty("messagePlaceholder").GetString()
            .ShouldBe(WidgetPhrases.For(ChannelLanguage.Italian).MessagePlaceholder);
        (await ConfigAsync(acceptLanguage: "de-DE")).GetProperty("language").GetString().ShouldBe("fr");
        (await App.QueryAsync(db => db.OpenChannels.Select(c => c.WidgetSpeaksVisitorLanguage).SingleAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task AnError_IsExplainedInTheLanguageTheChatAsksFor_WithItsCodeUnchanged()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        var english = await ContactAsync(visitor, acceptLanguage: null);
        var french = await ContactAsync(visitor, acceptLanguage: "fr");

        english.GetProperty("detail").GetString().ShouldBe("This chat does not ask for contact details.");
        french.GetProperty("detail").GetString().ShouldBe("Ce chat ne demande pas de coordonnées.");
        french.GetProperty("code").GetString().ShouldBe(english.GetProperty("code").GetString());
    }

    private static async Task<JsonElement> ContactAsync(WidgetVisitor visitor, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{visitor.Base}/contact")
        {
            Content = JsonContent.Create(new { name = "Zoé" }),
        };
        request.Headers.Add("X-Client-Token", visitor.Token);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        var response = await visitor.Http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task SetLanguageAsync(ChannelLanguage language, bool visitorsLanguage)
    {
        var settings = (await App.Get<GeneralSettingsService>().GetAsync(Scenario.ChannelId))!;
        settings.Language = language;
        settings.WidgetSpeaksVisitorLanguage = visitorsLanguage;
        (await App.Get<GeneralSettingsService>().SaveAsync(Scenario.ChannelId, settings)).ShouldSucceed();
    }

    private async Task<JsonElement> ConfigAsync(string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/widget/{Scenario.Key}/config");
        request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await App.CreateClient().SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
