using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Domain.Bots;

/// <summary>B-1…B-3: when the channel's bot takes a new conversation, when it hands it over, and what counts as asking for an agent.</summary>
public sealed class ChatbotPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(BotActivation.EveryConversation, true, true)]
    [InlineData(BotActivation.EveryConversation, false, true)]
    [InlineData(BotActivation.FirstRequestOnly, true, true)]
    [InlineData(BotActivation.FirstRequestOnly, false, false)]
    public void TakesNewConversation_FollowsTheActivation(BotActivation activation, bool firstRequest, bool takes)
    {
        var policy = new ChatbotPolicy(true, 7, activation, null, BotDisconnect.AfterHandOver);

        policy.TakesNewConversation(firstRequest).ShouldBe(takes);
    }

    [Fact]
    public void Off_TakesNothing_AndKeepsTheChosenBotForLater()
    {
        var policy = new ChatbotPolicy(false, 7, BotActivation.EveryConversation, null, BotDisconnect.AfterHandOver);

        policy.TakesNewConversation(clientsFirstRequest: true).ShouldBeFalse();
        policy.BotId.ShouldBe(7);
        ChatbotPolicy.None.TakesNewConversation(true).ShouldBeFalse();
    }

    [Fact]
    public void On_NeedsABot()
    {
        var refused = Should.Throw<DomainRuleViolated>(() => new ChatbotPolicy(true, null, BotActivation.EveryConversation, null, BotDisconnect.AfterHandOver));

        refused.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("BotId");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(24 * 60 + 1)]
    public void TheHandOverTime_IsBetweenAMinuteAndADay(int minutes)
    {
        var refused = Should.Throw<DomainRuleViolated>(() =>
            new ChatbotPolicy(true, 1, BotActivation.EveryConversation, TimeSpan.FromMinutes(minutes), BotDisconnect.AfterHandOver));

        refused.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("HandOverAfter");
    }

    [Fact]
    public void TheHandOverDeadline_IsCountedFromNow_OrThereIsNone()
    {
        new ChatbotPolicy(true, 1, BotActivation.EveryConversation, TimeSpan.FromMinutes(5), BotDisconnect.AfterHandOver)
            .HandOverDueAt(Now).ShouldBe(Now.AddMinutes(5));
        new ChatbotPolicy(true, 1, BotActivation.EveryConversation, null, BotDisconnect.AfterHandOver).HandOverDueAt(Now).ShouldBeNull();
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("  0\n", true)]
    [InlineData("00", false)]
    [InlineData("0 please", false)]
    [InlineData("O", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TheClientAsksForAnAgent_WithExactlyZero(string? text, bool asks) => ChatbotPolicy.AsksForAgent(text).ShouldBe(asks);

    [Fact]
    public void WithoutBot_TurnsTheTabOff_AndKeepsTheRest()
    {
        var policy = new ChatbotPolicy(true, 3, BotActivation.FirstRequestOnly, TimeSpan.FromMinutes(2), BotDisconnect.AtConversationEnd).WithoutBot();

        (policy.Enabled, policy.BotId, policy.Activation, policy.HandOverAfter, policy.Disconnect)
            .ShouldBe((false, (int?)null, BotActivation.FirstRequestOnly, (TimeSpan?)TimeSpan.FromMinutes(2), BotDisconnect.AtConversationEnd));
    }
}
