using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Departments;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;

namespace OpenChannels.Tests.Web.Departments;

public sealed class DepartmentServiceTests : IDisposable
{
    private readonly TestApp _app = new();

    private DepartmentService Departments => _app.Get<DepartmentService>();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task List_IsTheTreeInOrderWithHeads()
    {
        var head = (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Mia", LastName = "Ross", Email = "mia@example.test" })).Value;
        var company = (await Departments.CreateAsync(new DepartmentForm { Name = "Company", HeadEmployeeId = head })).Value;
        await Departments.CreateAsync(new DepartmentForm { Name = "Support", ParentId = company });
        await Departments.CreateAsync(new DepartmentForm { Name = "Billing", ParentId = company });

        var rows = await Departments.ListAsync();

        rows.Select(r => (r.Name, r.Depth)).ShouldBe([("Company", 0), ("Billing", 1), ("Support", 1)]);
        rows[0].HeadName.ShouldBe("Mia Ross");
    }

    [Fact]
    public async Task Update_UnderItsOwnChild_IsRefused()
    {
        var company = (await Departments.CreateAsync(new DepartmentForm { Name = "Company" })).Value;
        var support = (await Departments.CreateAsync(new DepartmentForm { Name = "Support", ParentId = company })).Value;

        var moved = await Departments.UpdateAsync(company, new DepartmentForm { Name = "Company", ParentId = support });

        moved.Error.ShouldBeOfType<InvalidInput>();
        (await Departments.ListAsync()).First(r => r.Id == company).ParentId.ShouldBeNull();
    }

    [Fact]
    public async Task Delete_WithSubDepartmentsOrMembers_IsRefusedWithTheReason()
    {
        var company = (await Departments.CreateAsync(new DepartmentForm { Name = "Company" })).Value;
        var support = (await Departments.CreateAsync(new DepartmentForm { Name = "Support", ParentId = company })).Value;
        await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test", DepartmentId = support });

        (await Departments.DeleteAsync(company)).ShouldFail().Message.ShouldBe("Company still has 1 sub-department(s) and 0 employee(s). Move them first.");
        (await Departments.DeleteAsync(support)).ShouldFail().ShouldBeOfType<DepartmentNotEmpty>().Members.ShouldBe(1);
        (await Departments.ListAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Delete_AnEmptyDepartment_RemovesIt()
    {
        var id = (await Departments.CreateAsync(new DepartmentForm { Name = "Temp" })).Value;

        (await Departments.DeleteAsync(id)).Succeeded.ShouldBeTrue();

        (await Departments.ListAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_ADepartmentInAQueue_TakesItOutOfTheQueue_AndKeepsTheOthersInOrder()
    {
        var scenario = await Scenario.CreateAsync(_app, "Website");
        var bea = await scenario.AddAgentAsync("Bea");
        var cyd = await scenario.AddAgentAsync("Cyd");
        var temp = (await Departments.CreateAsync(new DepartmentForm { Name = "Temp" })).Value;
        await scenario.ConfigureQueueAsync(form => form.Entries =
        [
            new QueueFormEntry(bea, null, string.Empty),
            new QueueFormEntry(null, temp, string.Empty),
            new QueueFormEntry(cyd, null, string.Empty),
        ]);

        (await Departments.QueuesWithAsync(temp)).ShouldBe(["Website"]);
        (await Departments.DeleteAsync(temp)).Succeeded.ShouldBeTrue();

        var queue = (await _app.QueryAsync(db => db.OpenChannels.AsNoTracking().SingleAsync(c => c.Id == scenario.ChannelId))).Queue;
        queue.Select(m => (m.Position, m.EmployeeId, m.DepartmentId)).ShouldBe([(0, (int?)bea, (int?)null), (1, cyd, null)]);
    }

    [Fact]
    public async Task Create_WithADismissedHead_IsRefused()
    {
        var employees = _app.Get<EmployeeService>();
        var head = (await employees.CreateAsync(new EmployeeForm { FirstName = "Mia", Email = "mia@example.test" })).Value;
        await employees.DismissAsync(head, actingEmployeeId: null);

        var created = await Departments.CreateAsync(new DepartmentForm { Name = "Sales", HeadEmployeeId = head });

        created.ShouldFail().Message.ShouldBe("The head must be an employee who is not dismissed.");
    }
}
