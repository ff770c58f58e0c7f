using OpenChannels.Web.Connectors.Email;

namespace OpenChannels.Tests.Web.Connectors.Email;

/// <summary>Issue 20: a mail's body as the agent reads it — HTML as safe text, and the quoted history trimmed.</summary>
public sealed class MailTextTests
{
    [Fact]
    public void FromHtml_KeepsTheText_WithoutMarkupScriptsOrQuotedMail()
    {
        const string html = """
            <html><head><style>p { color: red }</style><title>Mail</title></head><body>
              <p>Hello <b>team</b>,</p>
              <div>my order:<br>
                <ul><li>one lamp</li><li>two bulbs</li></ul>
              </div>
              <p>See <a href="https://shop.example/order/42">my order</a>.</p>
              <script>alert('x')</script><img src="x" onerror="alert(1)">
              <div class="gmail_quote">On Mon, Ann wrote: the old mail</div>
            </body></html>
            """;

        MailText.FromHtml(html).ShouldBe("Hello team,\n\nmy order:\n\n- one lamp\n- two bulbs\n\nSee my order (https://shop.example/order/42).");
    }

    [Fact]
    public void FromHtml_EscapedMarkup_StaysText()
    {
        MailText.FromHtml("<p>Is &lt;script&gt; allowed &amp; safe?</p>").ShouldBe("Is <script> allowed & safe?");
    }

    [Theory]
    [InlineData("On Mon, 23 Nov 2026 at 09:00, Shop support <support@shop.example> wrote:")]
    [InlineData("Le lun. 23 nov. 2026 à 09:00, Shop support <support@shop.example> a écrit :")]
    [InlineData("Il giorno lun 23 nov 2026 alle ore 09:00 Shop support <support@shop.example> ha scritto:")]
    [InlineData("W dniu 23.11.2026 o 09:00 Shop support <support@shop.example> pisze:")]
    [InlineData("-----Original Message-----")]
    public void TrimQuoted_CutsTheHistory_FromItsHeaderDown(string header)
    {
        var text = $"Thanks, it arrived.\n\n{header}\nIt left our warehouse today.\n\nShop support";

        MailText.TrimQuoted(text).ShouldBe("Thanks, it arrived.");
    }

    [Fact]
    public void TrimQuoted_AHeaderWrappedOnTwoLines_IsFoundToo()
    {
        const string text = "Fine by me.\n\nOn Mon, 23 Nov 2026 at 09:00, Shop support\n<support@shop.example> wrote:\n> Shall we call you?";

        MailText.TrimQuoted(text).ShouldBe("Fine by me.");
    }

    [Fact]
    public void TrimQuoted_RemovesQuotedLines_AndKeepsTheAnswersBetweenThem()
    {
        const string text = "> Which colour?\nBlue.\n> Which size?\r\nLarge.\n";

        MailText.TrimQuoted(text).ShouldBe("Blue.\nLarge.");
    }

    [Fact]
    public void TrimQuoted_AMailThatIsOnlyQuoted_IsKeptWhole()
    {
        MailText.TrimQuoted("> forwarded words").ShouldBe("> forwarded words");
    }

    [Fact]
    public void TrimQuoted_TheWordWroteInASentence_IsNotAHeader()
    {
        const string text = "On Monday my colleague wrote: the lamp is broken.\nPlease help.";

        MailText.TrimQuoted(text).ShouldBe(text);
    }
}
