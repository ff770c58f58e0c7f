using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Employees;
using OpenChannels.Domain.Routing;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features.Shared;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Employees;

/// <summary>The use cases of the Employees page. Each runs in its own scope and transaction.</summary>
public sealed class EmployeeService(
    IServiceScopeFactory scopes, WritePipeline writes, AccountService accounts, PhotoStore photos, TimeProvider clock)
{
    public async Task<IReadOnlyList<EmployeeRow>> ListAsync(string? search, bool includeDismissed)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenChannelsDbContext>();
        var query = db.Employees.AsNoTracking();
        if (!includeDismissed)
        {
            query = query.Where(e => e.DismissedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = SqlLike.Contains(search);
            query = query.Where(e => EF.Functions.Like(e.FirstName + " " + e.LastName, pattern, SqlLike.Escape)
                || EF.Functions.Like(e.Email, pattern, SqlLike.Escape)
                || EF.Functions.Like(e.Position!, pattern, SqlLike.Escape));
        }

        var employees = await query.OrderBy(e => e.FirstName).ThenBy(e => e.LastName).ToListAsync();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var accountsByEmployee = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.EmployeeId, u => u.Id);
        var administrators = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>()
            .GetUsersInRoleAsync(Roles.Administrator)).Select(u => u.EmployeeId).ToHashSet();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var activity = await db.AgentStatuses.AsNoTracking().ToDictionaryAsync(s => s.EmployeeId, s => s.LastActivityAt);

        return employees.Select(e => new EmployeeRow(
            e.Id,
            e.FullName,
            e.Email,
            e.Position,
            e.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null,
            e.IsDismissed,
            accountsByEmployee.ContainsKey(e.Id),
            administrators.Contains(e.Id),
            e.IsOnVacation(today),
            e.PhotoFile is not null,
            Availability.IsOnline(activity.GetValueOrDefault(e.Id), clock.GetUtcNow()))).ToList();
    }

    public async Task<EmployeeDetails?> GetAsync(int id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenChannelsDbContext>();
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
        if (employee is null)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.EmployeeId == id);
        var isAdministrator = user is not null
            && await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().IsInRoleAsync(user, Roles.Administrator);
        var form = new EmployeeForm
        {
            FirstName = employee.FirstName,
            LastName = employee.LastName,
            Email = employee.Email,
            Position = employee.Position,
            DepartmentId = employee.DepartmentId,
            IsAdministrator = isAdministrator,
            TracksWorkTime = employee.TracksWorkTime,
        };
        var vacations = employee.Vacations.Select(v => new VacationRow(v.Id, v.StartsOn, v.EndsOn)).ToList();
        return new EmployeeDetails(
            id, form, user is not null, employee.IsDismissed, employee.PhotoFile is not null, vacations, user?.TwoFactorEnabled == true);
    }

    /// <summary>
    /// Creates the employee with their vacations and photo, and their account when a password is given — all or nothing.
    /// </summary>
    public async Task<Result<int>> CreateAsync(EmployeeForm form)
    {
        var photo = await StorePhotoAsync(form);
        if (!photo.Succeeded)
        {
            return photo.Error;
        }

        await using var scope = scopes.CreateAsyncScope();
        var created = await writes.RunAsync<int>(scope.ServiceProvider.GetRequiredService<OpenChannelsDbContext>(), async db =>
        {
            var employee = new Employee(form.FirstName, form.LastName, form.Email, clock.GetUtcNow());
            employee.ChangePosition(form.Position);
            employee.SetWorkTimeTracking(form.TracksWorkTime);
            if (await CheckReferencesAsync(db, employee.Email, form.DepartmentId, exceptId: null) is { } error)
            {
                return error;
            }

            employee.MoveToDepartment(form.DepartmentId);
            ApplyVacationsAndPhoto(employee, form, photo.Value);
            db.Employees.Add(employee);
            await db.SaveChangesAsync();
            var account = await AccountService.ApplyAccountChangesAsync(scope.ServiceProvider, employee, form.Password, form.IsAdministrator);
            return account.Succeeded ? employee.Id : account.Error;
        });
        photos.Delete(created.Succeeded ? null : photo.Value);
        return created;
    }

    /// <summary>
    /// Saves the employee, their vacations and photo, and their account changes together: a refused password, or a
    /// vacation that overlaps another, changes nothing.
    /// </summary>
    public async Task<Result> UpdateAsync(int id, EmployeeForm form)
    {
        var photo = await StorePhotoAsync(form);
        if (!photo.Succeeded)
        {
            return photo.Error;
        }

        string? previousPhoto = null;
        await using var scope = scopes.CreateAsyncScope();
        var updated = await writes.RunAsync(scope.ServiceProvider.GetRequiredService<OpenChannelsDbContext>(), async db =>
        {
            var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id);
            if (employee is null)
            {
                return new NotFound("Employee", id);
            }

            employee.Rename(form.FirstName, form.LastName);
            employee.ChangeEmail(form.Email);
            employee.ChangePosition(form.Position);
            employee.SetWorkTimeTracking(form.TracksWorkTime);
            if (await CheckReferencesAsync(db, employee.Email, form.DepartmentId, exceptId: id) is { } error)
            {
                return error;
            }

            var someoneMay = await Access.AccessRightsService.AnyoneMayChangeAccessRightsAsync(db);
            employee.MoveToDepartment(form.DepartmentId);
            previousPhoto = photo.Value is null ? null : employee.PhotoFile;
            ApplyVacationsAndPhoto(employee, form, photo.Value);
            await db.SaveChangesAsync();
            var account = await AccountService.ApplyAccountChangesAsync(scope.ServiceProvider, employee, form.Password, form.IsAdministrator);

            // P-1: a move to another department (which takes the roles given to the old one) or a dropped administrator
            // flag must not leave nobody who may change access rights.
            await db.SaveChangesAsync();
            return account.Succeeded && someoneMay && !await Access.AccessRightsService.AnyoneMayChangeAccessRightsAsync(db)
                ? new NobodyLeftToChangeRights()
                : account;
        });

        // After the commit: the replaced photo goes; a refused save leaves no new file behind.
        photos.Delete(updated.Succeeded ? previousPhoto : photo.Value);
        return updated;
    }

    /// <summary>A photo chosen in the dialog is checked and stored before the write; null when none was chosen.</summary>
    private async Task<Result<string?>> StorePhotoAsync(EmployeeForm form)
    {
        if (form.NewPhoto is null)
        {
            return (string?)null;
        }

        var saved = await photos.SaveAsync(new MemoryStream(form.NewPhoto));
        if (!saved.Succeeded)
        {
            return saved.Error;
        }

        return saved.Value;
    }

    private static void ApplyVacationsAndPhoto(Employee employee, EmployeeForm form, string? storedPhoto)
    {
        if (form.Vacations is { } vacations)
        {
            employee.ReplaceVacations(vacations.Select(v => (v.Id, v.StartsOn, v.EndsOn)).ToList());
        }

        if (storedPhoto is not null)
        {
            employee.ReplacePhoto(storedPhoto);
        }
    }

    public async Task<Result> DismissAsync(int id, int? actingEmployeeId)
    {
        var dismissed = await ChangeAsync(id, employee => employee.Dismiss(clock.GetUtcNow(), by: actingEmployeeId));
        if (dismissed.Succeeded)
        {
            await accounts.SetSignInBlockedAsync(id, blocked: true);
        }

        return dismissed;
    }

    public async Task<Result> ReinstateAsync(int id)
    {
        var reinstated = await ChangeAsync(id, employee => employee.Reinstate());
        if (reinstated.Succeeded)
        {
            await accounts.SetSignInBlockedAsync(id, blocked: false);
        }

        return reinstated;
    }

    public Task<Result> AddVacationAsync(int id, DateOnly startsOn, DateOnly endsOn) =>
        ChangeAsync(id, employee => employee.AddVacation(startsOn, endsOn));

    public Task<Result> RemoveVacationAsync(int id, int vacationId) =>
        ChangeAsync(id, employee => employee.RemoveVacation(vacationId));

    public async Task<Result> ReplacePhotoAsync(int id, Stream content)
    {
        var saved = await photos.SaveAsync(content);
        if (!saved.Succeeded)
        {
            return saved.Error;
        }

        string? previous = null;
        var changed = await ChangeAsync(id, employee =>
        {
            previous = employee.PhotoFile;
            employee.ReplacePhoto(saved.Value);
        });
        photos.Delete(changed.Succeeded ? previous : saved.Value);
        return changed;
    }

    public async Task<string?> PhotoFileAsync(int id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenChannelsDbContext>();
        return await db.Employees.Where(e => e.Id == id).Select(e => e.PhotoFile).FirstOrDefaultAsync();
    }

    private static async Task<Error?> CheckReferencesAsync(OpenChannelsDbContext db, string email, int? departmentId, int? exceptId)
    {
        if (await db.Employees.AnyAsync(e => e.Email == email && e.Id != exceptId))
        {
            return new InvalidInput("Email", "Another employee already uses {0}.", email);
        }

        if (departmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d))
        {
            return new NotFound("Department", d);
        }

        return null;
    }

    /// <summary>One change of an employee; like every change of people, it must leave someone who may change access rights.</summary>
    private Task<Result> ChangeAsync(int id, Action<Employee> change) => writes.RunAsync(async db =>
    {
        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id);
        if (employee is null)
        {
            return new NotFound("Employee", id);
        }

        var someoneMay = await Access.AccessRightsService.AnyoneMayChangeAccessRightsAsync(db);
        change(employee);
        await db.SaveChangesAsync();
        return someoneMay && !await Access.AccessRightsService.AnyoneMayChangeAccessRightsAsync(db) ? new NobodyLeftToChangeRights() : Result.Ok;
    });
}
