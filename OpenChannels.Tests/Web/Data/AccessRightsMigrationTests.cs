using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Departments;
using OpenChannels.Domain.Employees;
using OpenChannels.Web.Data;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Data;

/// <summary>
/// P-1 on an existing installation: a database of the version before access rights gets the three predefined roles,
/// and its people keep what they could do — administrators hold Administrator, the rest of the queues Manager.
/// </summary>
public sealed class AccessRightsMigrationTests : IDisposable
{
    private const string VersionBefore = "20261202022325_SiteSettings";

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("openchannels-rights-").FullName;

    [Fact]
    public async Task AnInstallationOfThePreviousVersion_KeepsWhatItsPeopleCouldDo()
    {
        int ada, bea, cy, sales;
        await using (var db = OpenChannels.Tests.Support.EarlierModel.Context(Path.Combine(_folder, "app.db")))
        {
            await db.GetService<IMigrator>().MigrateAsync(VersionBefore);
            var employees = new[] { new Employee("Ada", "Admin", "ada@example.test", Now), new Employee("Bea", "Agent", "bea@example.test", Now), new Employee("Cy", "Nobody", "cy@example.test", Now) };
            db.Employees.AddRange(employees);
            var department = new Department("Sales", parentId: null);
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            (ada, bea, cy, sales) = (employees[0].Id, employees[1].Id, employees[2].Id, department.Id);

            var role = new IdentityRole(Roles.Administrator) { NormalizedName = Roles.Administrator.ToUpperInvariant() };
            db.Roles.Add(role);
            var adaUser = new AppUser { UserName = "ada@example.test", Email = "ada@example.test", EmployeeId = ada };
            db.Users.AddRange(adaUser, new AppUser { UserName = "bea@example.test", Email = "bea@example.test", EmployeeId = bea });
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = adaUser.Id, RoleId = role.Id });

            // Ada is an administrator and in a queue; Bea is in two queues; a queue names Sales; Cy is in none.
            var website = new OpenChannel("Website", Now);
            website.ReplaceQueue([(ada, null), (bea, null)]);
            var shop = new OpenChannel("Shop", Now);
            shop.ReplaceQueue([(bea, null), (null, sales)]);
            db.OpenChannels.AddRange(website, shop);
            await db.SaveChangesAsync();
        }

        await using (var db = Context())
        {
            await db.Database.MigrateAsync();

            var roles = await db.AccessRoles.OrderBy(r => r.Id).ToListAsync();
            roles.Select(r => r.Kind).ShouldBe([RoleKind.Administrator, RoleKind.Director, RoleKind.Manager]);
            foreach (var role in roles)
            {
                role.Levels.ShouldBe(Role.Predefined(role.Kind).Levels, $"the {role.Name} role as the code defines it");
            }

            var holders = await db.AccessRoleHolders.Select(h => new { h.RoleId, h.Kind, h.HolderId }).ToListAsync();
            holders.ShouldBe(
                [
                    new { RoleId = roles[0].Id, Kind = HolderKind.Employee, HolderId = ada },
                    new { RoleId = roles[2].Id, Kind = HolderKind.Employee, HolderId = bea },
                    new { RoleId = roles[2].Id, Kind = HolderKind.Department, HolderId = sales },
                ],
                ignoreOrder: true);
            holders.ShouldNotContain(h => h.HolderId == cy && h.Kind == HolderKind.Employee);
        }
    }

    [Fact]
    public async Task ANewInstallation_HasThePredefinedRoles_AndNobodyHoldsOneYet()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();

        (await db.AccessRoles.Select(r => r.Name).ToListAsync()).ShouldBe(["Administrator", "Director", "Manager"], ignoreOrder: true);
        (await db.AccessRoleHolders.CountAsync()).ShouldBe(0);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private OpenChannelsDbContext Context() =>
        new(new DbContextOptionsBuilder<OpenChannelsDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "app.db")}")
            .Options);
}
