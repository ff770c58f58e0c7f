using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Shared;

namespace OpenChannels.Tests.Web.Identity;

public sealed class UserPreferenceTests : IDisposable
{
    private readonly TestApp _app = new();

    [Fact]
    public async Task TimeZone_IsKept_Cleared_AndAnUnknownOneIsRefusedByName()
    {
        var userId = await _app.QueryAsync(db => db.Users.Where(u => u.Email == TestApp.AdminEmail).Select(u => u.Id).SingleAsync());
        var preferences = _app.Get<UserPreferenceService>();

        await preferences.SetTimeZoneAsync(userId, " Asia/Tokyo ");
        (await preferences.GetTimeZoneAsync(userId)).ShouldBe("Asia/Tokyo");

        var refused = (await preferences.SetTimeZoneAsync(userId, "Mars/Olympus")).ShouldFail();
        refused.Message.ShouldContain("Mars/Olympus");
        (await preferences.GetTimeZoneAsync(userId)).ShouldBe("Asia/Tokyo");

        await preferences.SetTimeZoneAsync(userId, "");
        (await preferences.GetTimeZoneAsync(userId)).ShouldBeNull();
    }

    public void Dispose() => _app.Dispose();
}
