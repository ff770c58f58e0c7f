using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Domain.Access;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Api;
using OpenChannels.Web.Localization;

namespace OpenChannels.Tests.Web.Api;

/// <summary>An error's kind decides the API status: what the caller's rights do not allow is a 403, what the data forbids a 409.</summary>
public sealed class ProblemsTests
{
    [Fact]
    public async Task NotPermitted_IsA403_AndNobodyLeftToChangeRights_IsA409_EachWithItsCode()
    {
        (await SendAsync(new NotPermitted(Permission.ChangeAccessRights))).ShouldBe((403, "not-permitted"));
        (await SendAsync(new NobodyLeftToChangeRights())).ShouldBe((409, "nobody-left-to-change-rights"));
    }

    private static async Task<(int Status, string? Code)> SendAsync(Error error)
    {
        await using var services = new ServiceCollection().AddLogging().AddOpenChannelsLocalization().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        await Problems.From(error).ExecuteAsync(context);

        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body);
        return (context.Response.StatusCode, problem.RootElement.GetProperty("code").GetString());
    }
}
