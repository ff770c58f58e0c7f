using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Tests.Domain.Channels;

public sealed class WebOriginsTests
{
    [Fact]
    public void Origins_AreStoredNormalized_OnceEach()
    {
        WebOrigins.Normalize(["HTTPS://Shop.Example/", " https://shop.example:443 ", "http://localhost:8080", "https://*.Example.org", ""])
            .ShouldBe("https://shop.example\nhttp://localhost:8080\nhttps://*.example.org");
        WebOrigins.Normalize([" ", null]).ShouldBeNull();
    }

    [Theory]
    [InlineData("shop.example")]
    [InlineData("https://shop.example/checkout")]
    [InlineData("https://shop.example/?a=1")]
    [InlineData("ftp://shop.example")]
    [InlineData("https://user@shop.example")]
    [InlineData("https://*.*.example.org")]
    [InlineData("https://shop.*.example")]
    public void SomethingThatIsNotAnOrigin_IsRefused_WithItsText(string website)
    {
        var refused = Should.Throw<DomainRuleViolated>(() => WebOrigins.Normalize([website]));
        var invalid = refused.Error.ShouldBeOfType<InvalidInput>();
        invalid.Field.ShouldBe(WebOrigins.Field);
        invalid.Arguments.ShouldBe([website]);
    }

    [Fact]
    public void MoreThanTheLimit_IsRefused()
    {
        Should.Throw<DomainRuleViolated>(() => WebOrigins.Normalize(Enumerable.Range(1, WebOrigins.MaxCount + 1).Select(i => $"https://site{i}.example")));
    }

    [Theory]
    [InlineData(null, "https://anything.example", true)]
    [InlineData("https://shop.example", null, true)]
    [InlineData("https://shop.example", "https://shop.example", true)]
    [InlineData("https://shop.example", "https://SHOP.example:443", true)]
    [InlineData("https://shop.example", "http://shop.example", false)]
    [InlineData("https://shop.example", "https://shop.example:8443", false)]
    [InlineData("https://shop.example", "https://shop.example.evil", false)]
    [InlineData("https://shop.example", "null", false)]
    [InlineData("https://*.example.org", "https://help.example.org", true)]
    [InlineData("https://*.example.org", "https://a.b.example.org", true)]
    [InlineData("https://*.example.org", "https://example.org", false)]
    [InlineData("https://*.example.org", "https://evilexample.org", false)]
    [InlineData("https://*.example.org", "http://help.example.org", false)]
    [InlineData("https://*.example.org", "https://*.example.org", false)]
    public void AnOrigin_IsAccepted_OnlyWhenListed(string? stored, string? origin, bool accepted) =>
        WebOrigins.Accept(stored, origin).ShouldBe(accepted);
}
