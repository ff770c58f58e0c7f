using Bunit;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Account;

namespace OpenChannels.Tests.Components;

public sealed class SetupPageTests() : ComponentTestBase(bootstrapAdmin: false)
{
    [Fact]
    public async Task Submit_Empty_ShowsEachRequiredFieldsMessage()
    {
        var page = Render<SetupPage>();

        await page.Find("button.mud-button-filled").ClickAsync(new());

        page.Markup.ShouldContain("Enter your first name.");
        page.Markup.ShouldContain("Enter your e-mail.");
        page.Markup.ShouldContain("Choose a password.");
        (await App.QueryAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Submit_WithAnEmailTakenMeanwhile_ShowsTheServersAnswer()
    {
        // Someone else finished the set-up while this form was open: the page says so and adds nothing.
        var page = Render<SetupPage>();
        await App.Get<OpenChannels.Web.Identity.AccountService>().CreateFirstAdministratorAsync("Other", "", "other@example.test", "other-pass-1");
        var inputs = page.FindAll("input");
        await inputs[0].ChangeAsync(new() { Value = "Grace" });
        await page.FindAll("input")[2].ChangeAsync(new() { Value = "grace@example.test" });
        await page.FindAll("input")[3].ChangeAsync(new() { Value = "grace-pass-1" });
        await page.FindAll("input")[4].ChangeAsync(new() { Value = "grace-pass-1" });

        await page.Find("button.mud-button-filled").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[role=alert]").TextContent.ShouldContain("OpenChannels is already set up. Sign in instead."));
        (await App.QueryAsync(db => db.Users.CountAsync())).ShouldBe(1);
    }
}
