using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Features.Bots;

namespace OpenChannels.Tests.Support;

/// <summary>Bots as an administrator sets them up: on the bots page, then on a channel's Chatbots tab.</summary>
public static class BotSteps
{
    public static async Task<int> FaqBotAsync(this TestApp app, string name, params (ChannelLanguage? Language, string Phrasings, string Answer, bool OffersAgent)[] entries)
    {
        var bots = app.Get<BotService>();
        var (id, _) = (await bots.CreateAsync(new BotForm { Kind = BotKind.Faq, Name = name })).ShouldSucceed();
        foreach (var (language, phrasings, answer, offersAgent) in entries)
        {
            (await bots.SaveEntryAsync(id, null, new FaqEntryForm { Language = language, Phrasings = phrasings, Answer = answer, OffersAgent = offersAgent }))
                .ShouldSucceed();
        }

        return id;
    }

    public static async Task<(int Id, NewBotCredentials Credentials)> WebhookBotAsync(this TestApp app, string name, string url, int failureLimit = 3)
    {
        var (id, credentials) = (await app.Get<BotService>().CreateAsync(
            new BotForm { Kind = BotKind.Webhook, Name = name, WebhookUrl = url, FailureLimit = failureLimit })).ShouldSucceed();
        return (id, credentials!);
    }

    /// <summary>The channel's Chatbots tab: this bot takes new requests, with the changes given.</summary>
    public static async Task UseBotAsync(this TestApp app, int channelId, int botId, Action<ChatbotForm>? change = null)
    {
        var settings = app.Get<ChatbotSettingsService>();
        var form = (await settings.GetAsync(channelId))!;
        (form.Enabled, form.BotId) = (true, botId);
        change?.Invoke(form);
        (await settings.SaveAsync(channelId, form)).ShouldSucceed();
    }
}
