using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;

namespace OpenChannels.Tests.Web.Channels;

public sealed class GeneralSettingsTests() : ScenarioTest
{

    private GeneralSettingsService Settings => App.Get<GeneralSettingsService>();

    [Fact]
    public async Task Save_StoresEverySetting()
    {
        var form = (await Settings.GetAsync(Scenario.ChannelId))!;
        form.Name = "Shop support";
        form.IsActive = false;
        form.SaveMessageLog = false;
        form.ConfirmBeforeClosing = false;
        form.Language = ChannelLanguage.Polish;

        (await Settings.SaveAsync(Scenario.ChannelId, form)).Succeeded.ShouldBeTrue();

        var saved = (await Settings.GetAsync(Scenario.ChannelId))!;
        (saved.Name, saved.IsActive, saved.SaveMessageLog, saved.ConfirmBeforeClosing, saved.Language)
            .ShouldBe(("Shop support", false, false, false, ChannelLanguage.Polish));
    }

    [Fact]
    public async Task Save_WithAnEmptyOrTakenName_ChangesNothing()
    {
        await App.Get<OpenChannelService>().CreateAsync("Telegram");
        var form = (await Settings.GetAsync(Scenario.ChannelId))!;
        form.Language = ChannelLanguage.French;

        form.Name = " ";
        (await Settings.SaveAsync(Scenario.ChannelId, form)).ShouldFail().Message.ShouldBe("Name is required.");
        form.Name = "telegram";
        (await Settings.SaveAsync(Scenario.ChannelId, form)).ShouldFail().Message.ShouldBe("An open channel named \"telegram\" already exists.");

        (await Settings.GetAsync(Scenario.ChannelId))!.Language.ShouldBe(ChannelLanguage.English);
    }

    [Fact]
    public async Task Language_PicksTheDefaultTextsClientsGet()
    {
        var form = (await Settings.GetAsync(Scenario.ChannelId))!;
        form.Language = ChannelLanguage.French;
        await Settings.SaveAsync(Scenario.ChannelId, form);
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);

        await visitor.SayAsync("Bonjour");

        (await visitor.HistoryAsync()).Single(m => m.Kind == "system").Text.ShouldBe(DefaultTexts.For(ChannelLanguage.French, DefaultText.NoAgent));
    }

    [Fact]
    public async Task Delete_RemovesTheConversationsAndTheirFiles_AndDetachesTheConnectors()
    {
        var visitor = await WidgetVisitor.StartAsync(App, Scenario.Key);
        var png = TestImages.Png;
        await visitor.Http.PostAsync($"{visitor.Base}/files", new MultipartFormDataContent { { new StringContent("f1"), "id" }, { new ByteArrayContent(png), "file", "a.png" } });
        (await Settings.GetAsync(Scenario.ChannelId))!.Conversations.ShouldBe(1);
        Directory.GetFiles(Path.Combine(App.DataDirectory, "files")).ShouldHaveSingleItem();

        var deleted = await Settings.DeleteAsync(Scenario.ChannelId);

        deleted.Value.ShouldBe(1);
        (await App.QueryAsync(db => db.Conversations.CountAsync())).ShouldBe(0);
        (await App.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);
        (await App.QueryAsync(db => db.Connectors.Select(c => c.OpenChannelId).SingleAsync())).ShouldBeNull();
        Directory.GetFiles(Path.Combine(App.DataDirectory, "files")).ShouldBeEmpty();
        (await App.QueryAsync(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Client))).ShouldBe(0);
    }
}
