using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Identity;

public sealed class BootstrapTests
{
    [Fact]
    public async Task BootstrapSettings_CreateTheAdministratorOnce_AcrossRestarts()
    {
        var app = new TestApp(bootstrapAdmin: true);
        (await app.QueryAsync(db => db.Users.Select(u => u.Email).ToListAsync())).ShouldBe([TestApp.AdminEmail]);

        app = app.Restart();
        try
        {
            (await app.QueryAsync(db => db.Users.CountAsync())).ShouldBe(1);
            (await app.QueryAsync(db => db.Employees.Select(e => e.FirstName).SingleAsync())).ShouldBe("Ada");
        }
        finally
        {
            app.Dispose();
        }
    }
}
