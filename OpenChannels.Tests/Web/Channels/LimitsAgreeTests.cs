using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Features.AutomaticActions;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Channels;

/// <summary>Each range has one source: the form's check and the entity's rule accept and refuse the same values.</summary>
public sealed class LimitsAgreeTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(720, true)]
    [InlineData(721, false)]
    [InlineData(0, false)]
    public void UnansweredTime_FormAndEntityAgree(int minutes, bool valid)
    {
        (AutomaticActionsForm.CheckUnansweredMinutes(minutes) is null).ShouldBe(valid);
        Accepts(() => new UnansweredPolicy(TimeSpan.FromMinutes(minutes), UnansweredAction.Nothing, null, null)).ShouldBe(valid);
    }

    [Theory]
    [InlineData(10080, true)]
    [InlineData(10081, false)]
    public void ClientTimeout_FormAndEntityAgree(int minutes, bool valid)
    {
        (AutomaticActionsForm.CheckTimeoutMinutes(minutes) is null).ShouldBe(valid);
        Accepts(() => new AutomaticReplies(GreetingMode.Off, null, AutomaticReply.Off, TimeSpan.FromMinutes(minutes), AutomaticReply.Off)).ShouldBe(valid);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1440, true)]
    [InlineData(1441, false)]
    public void FullCloseDelay_FormAndEntityAgree(int minutes, bool valid)
    {
        (AutomaticActionsForm.CheckFullCloseMinutes(minutes) is null).ShouldBe(valid);
        Accepts(() => new UnansweredPolicy(null, UnansweredAction.Nothing, null, minutes == 0 ? null : TimeSpan.FromMinutes(minutes))).ShouldBe(valid);
    }

    [Theory]
    [InlineData(720, 1000, true)]
    [InlineData(721, 1000, false)]
    [InlineData(720, 1001, false)]
    public void IdleTimeAndLimit_FormAndEntityAgree(int minutes, int limit, bool valid)
    {
        (QueueForm.CheckIdleMinutes(minutes) is null && QueueForm.CheckLimit(limit) is null).ShouldBe(valid);
        Accepts(() => new QueueSettings(DistributionMode.Evenly, TimeSpan.FromMinutes(minutes), true, false, limit, ExcludedFromLimit.None)).ShouldBe(valid);
    }

    private static bool Accepts(Action change)
    {
        try
        {
            change();
            return true;
        }
        catch (DomainRuleViolated)
        {
            return false;
        }
    }
}
