using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Domain.Channels;

/// <summary>K-1, K-2: the KPI tab's rules.</summary>
public sealed class KpiPolicyTests
{
    [Theory]
    [InlineData(0, "InitialTarget")]
    [InlineData(24 * 60 + 1, "InitialTarget")]
    public void ATargetOutsideOneMinuteToOneDay_IsRefused_NamingTheField(int minutes, string field)
    {
        var refused = Should.Throw<DomainRuleViolated>(() => new KpiPolicy(TimeSpan.FromMinutes(minutes), null, false, false, [], false, null));

        refused.Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe(field);
        refused.Error.Message.ShouldBe("A response time target must be between 1 minute and 1 day.");
    }

    [Fact]
    public void NotifyingNeedsATarget_AndSomeoneToTell()
    {
        Should.Throw<DomainRuleViolated>(() => new KpiPolicy(null, null, false, true, [3], false, null))
            .Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("Notify");
        Should.Throw<DomainRuleViolated>(() => new KpiPolicy(TimeSpan.FromMinutes(2), null, false, true, [], false, null))
            .Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("NotifyEmployeeIds");

        new KpiPolicy(TimeSpan.FromMinutes(2), null, false, true, [], notifyHolder: true, null).NotifyHolder.ShouldBeTrue();
    }

    [Fact]
    public void TheFirstAnswer_HasTheInitialTarget_EveryLaterOne_TheSubsequent()
    {
        var kpi = new KpiPolicy(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), false, false, [4, 4, 5], false, "  ");

        (kpi.TargetFor(firstAnswer: true), kpi.TargetFor(firstAnswer: false)).ShouldBe((TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)));
        kpi.NotifyEmployeeIds.ShouldBe([4, 5]);
        kpi.Text.ShouldBeNull("an empty text means the default");
    }
}
