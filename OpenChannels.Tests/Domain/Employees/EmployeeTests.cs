using OpenChannels.Domain.Common;
using OpenChannels.Domain.Employees;

namespace OpenChannels.Tests.Domain.Employees;

public sealed class EmployeeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_TrimsNamesAndNormalizesEmail()
    {
        var employee = new Employee("  Marie ", " Curie ", " Marie.Curie@Example.COM ", Now);

        employee.FullName.ShouldBe("Marie Curie");
        employee.Email.ShouldBe("marie.curie@example.com");
        employee.IsDismissed.ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "a@b.co", "First name is required.")]
    [InlineData("Ann", "not-an-email", "'not-an-email' is not a valid e-mail address.")]
    [InlineData("Ann", "a@b", "'a@b' is not a valid e-mail address.")]
    [InlineData("Ann", "a b@c.de", "'a b@c.de' is not a valid e-mail address.")]
    public void New_WithInvalidInput_IsRefusedWithTheReason(string firstName, string email, string reason)
    {
        var error = Should.Throw<DomainRuleViolated>(() => new Employee(firstName, "", email, Now));

        error.Message.ShouldBe(reason);
    }

    [Fact]
    public void New_WithTooLongName_IsRefused()
    {
        Should.Throw<DomainRuleViolated>(() => new Employee(new string('x', 101), "", "a@b.co", Now))
            .Error.ShouldBeOfType<InvalidInput>().Field.ShouldBe("First name");
    }

    [Fact]
    public void Dismiss_Twice_IsRefusedAsAlreadyDismissed()
    {
        var employee = new Employee("Ann", "", "ann@example.com", Now);
        employee.Dismiss(Now);

        Should.Throw<DomainRuleViolated>(() => employee.Dismiss(Now)).Error.ShouldBe(new AlreadyDismissed(employee.Id, "Ann"));
        employee.DismissedAt.ShouldBe(Now);
    }

    [Fact]
    public void Reinstate_ClearsTheDismissal()
    {
        var employee = new Employee("Ann", "", "ann@example.com", Now);
        employee.Dismiss(Now);

        employee.Reinstate();

        employee.IsDismissed.ShouldBeFalse();
        Should.Throw<DomainRuleViolated>(employee.Reinstate);
    }

    [Fact]
    public void IsOnVacation_CoversBothEndsOfThePeriod()
    {
        var employee = new Employee("Ann", "", "ann@example.com", Now);
        employee.AddVacation(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 31));

        employee.IsOnVacation(new DateOnly(2026, 12, 23)).ShouldBeFalse();
        employee.IsOnVacation(new DateOnly(2026, 12, 24)).ShouldBeTrue();
        employee.IsOnVacation(new DateOnly(2026, 12, 31)).ShouldBeTrue();
        employee.IsOnVacation(new DateOnly(2027, 1, 1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(23)]
    [InlineData(24)]
    [InlineData(28)]
    [InlineData(31)]
    [InlineData(32)]
    public void Covering_AsAQuery_AgreesWithCovers(int dayOfDecember)
    {
        var employee = new Employee("Ann", "", "ann@example.com", Now);
        employee.AddVacation(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 31));
        var vacation = employee.Vacations.Single();
        var day = new DateOnly(2026, 12, 1).AddDays(dayOfDecember - 1);

        VacationPeriod.Covering(day).Compile()(vacation).ShouldBe(vacation.Covers(day));
    }

    [Fact]
    public void AddVacation_EndingBeforeItStarts_IsRefused()
    {
        var employee = new Employee("Ann", "", "ann@example.com", Now);

        Should.Throw<DomainRuleViolated>(() => employee.AddVacation(new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 1)))
            .Message.ShouldBe("A vacation cannot end before it starts.");
        employee.Vacations.ShouldBeEmpty();
    }

    [Fact]
    public void AddVacation_OverlappingAnother_IsRefusedNamingTheOther()
    {
        var employee = new Employee("Ann", "", "ann@example.com", Now);
        employee.AddVacation(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 31));

        Should.Throw<DomainRuleViolated>(() => employee.AddVacation(new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 3)))
            .Message.ShouldBe("It overlaps the vacation 2026-12-24 – 2026-12-31.");
        employee.Vacations.Count.ShouldBe(1);
    }

    [Fact]
    public void AddVacation_KeepsPeriodsInDateOrder()
    {
        var employee = new Employee("Ann", "", "ann@example.com", Now);
        employee.AddVacation(new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 14));
        employee.AddVacation(new DateOnly(2027, 1, 2), new DateOnly(2027, 1, 2));

        employee.Vacations.Select(v => v.StartsOn).ShouldBe([new DateOnly(2027, 1, 2), new DateOnly(2027, 7, 1)]);
    }
}
