using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Components;

/// <summary>Snackbars carry names and texts people typed (a client's name, a conversation title): they render as text.</summary>
public sealed class SnackbarTextTests : ComponentTestBase
{
    [Fact]
    public void MarkupLookingText_InASnackbar_IsShownAsText_NeverRendered()
    {
        var provider = Render<MudSnackbarProvider>();

        provider.InvokeAsync(() => Services.GetRequiredService<ISnackbar>().Add("<b>Bold</b><img src=x onerror=\"window.__xss=1\">", Severity.Info));

        provider.WaitForAssertion(() => provider.Markup.ShouldContain("&lt;b&gt;Bold&lt;/b&gt;"));
        provider.FindAll("b").ShouldBeEmpty();
        provider.FindAll("img").ShouldBeEmpty();
    }
}
