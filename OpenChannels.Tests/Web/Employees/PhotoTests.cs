using System.Net;
using OpenChannels.Domain.Common;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Employees;

namespace OpenChannels.Tests.Web.Employees;

public sealed class PhotoTests : IDisposable
{
    private static readonly byte[] Png = TestImages.Png;

    private readonly TestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Photo_IsStoredUnderAServerName_AndServedToColleaguesOnly()
    {
        var id = (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;

        (await _app.Get<EmployeeService>().ReplacePhotoAsync(id, new MemoryStream(Png))).Succeeded.ShouldBeTrue();

        var file = (await _app.Get<EmployeeService>().PhotoFileAsync(id))!;
        file.ShouldMatch("^[0-9a-f]{32}\\.png$");
        var colleague = await _app.SignedInClientAsync();
        var response = await colleague.GetAsync($"/employees/{id}/photo");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await _app.AnonymousClient().GetAsync($"/employees/{id}/photo")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Photo_ThatIsNotAnImage_IsRefused()
    {
        var id = (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;

        var result = await _app.Get<EmployeeService>().ReplacePhotoAsync(id, new MemoryStream("<svg onload=alert(1)>"u8.ToArray()));

        result.Error.ShouldBeOfType<InvalidInput>().Message.ShouldBe("The photo must be a PNG, JPEG, GIF or WebP image.");
        (await _app.Get<EmployeeService>().PhotoFileAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task Photo_OverTwoMegabytes_IsRefusedWhileReading()
    {
        var id = (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;
        var huge = new byte[3 * 1024 * 1024];
        Png.CopyTo(huge, 0);

        var result = await _app.Get<EmployeeService>().ReplacePhotoAsync(id, new MemoryStream(huge));

        result.ShouldFail().Message.ShouldBe("The photo is larger than 2 MB.");
        Directory.Exists(Path.Combine(_app.DataDirectory, "photos")).ShouldBeFalse();
    }

    [Fact]
    public async Task ReplacingAPhoto_RemovesTheOldFile()
    {
        var employees = _app.Get<EmployeeService>();
        var id = (await employees.CreateAsync(new EmployeeForm { FirstName = "Lin", Email = "lin@example.test" })).Value;
        await employees.ReplacePhotoAsync(id, new MemoryStream(Png));

        await employees.ReplacePhotoAsync(id, new MemoryStream(Png));

        Directory.GetFiles(Path.Combine(_app.DataDirectory, "photos")).ShouldHaveSingleItem();
    }
}
