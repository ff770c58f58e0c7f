using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Domain.Channels;

/// <summary>R-1…R-5: the Rating tab's rules.</summary>
public sealed class RatingPolicyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(24 * 60 + 1)]
    public void ATimeLimitOutsideOneMinuteToOneDay_IsRefused_NamingTheField(int minutes)
    {
        var refused = Should.Throw<DomainRuleViolated>(() => new RatingPolicy(true, false, false, TimeSpan.FromMinutes(minutes), null, null));

        refused.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("TimeLimit");
        refused.Error.Message.ShouldBe("The time limit for the client's rating must be between 1 minute and 1 day.");
        new RatingPolicy(true, false, false, TimeSpan.FromDays(1), null, null).TimeLimit.ShouldBe(TimeSpan.FromDays(1));
    }

    [Fact]
    public void RatingDuringTheConversation_IsAnOptionOfAskingTheClient()
    {
        new RatingPolicy(askClient: true, allowDuringConversation: true, false, null, null, null).RatesOngoing.ShouldBeTrue();
        new RatingPolicy(askClient: false, allowDuringConversation: true, false, null, null, null).RatesOngoing.ShouldBeFalse();
    }

    [Theory]
    [InlineData(ConnectorKind.LiveChat, DefaultText.RatingRequestLiveChat)]
    [InlineData(ConnectorKind.Api, DefaultText.RatingRequestOther)]
    [InlineData(ConnectorKind.Telegram, DefaultText.RatingRequestOther)]
    public void EachKindOfConnector_HasItsRequestText(ConnectorKind kind, DefaultText text)
    {
        RatingPolicy.RequestTextFor(kind).ShouldBe(text);
    }

    [Fact]
    public void TheRequest_IsTheChannelsWords_OrTheDefaultInTheLanguageAsked()
    {
        var channel = new OpenChannel("Website", DateTimeOffset.UnixEpoch);
        channel.ChangeOtherSettings(true, true, ChannelLanguage.Polish);
        channel.ChangeRating(new RatingPolicy(true, false, false, null, "  ", "Answer 1 or 2, please."));

        channel.RatingRequestFor(ConnectorKind.LiveChat, ChannelLanguage.French).ShouldBe(DefaultTexts.For(ChannelLanguage.French, DefaultText.RatingRequestLiveChat));
        channel.TextFor(DefaultText.RatingRequestLiveChat).ShouldBe("Jak oceniasz pomoc naszego konsultanta? Oceń tę rozmowę.");
        channel.RatingRequestFor(ConnectorKind.Api, ChannelLanguage.French).ShouldBe("Answer 1 or 2, please.");
        channel.TextFor(DefaultText.RatingRequestOther).ShouldBe("Answer 1 or 2, please.");
    }
}
