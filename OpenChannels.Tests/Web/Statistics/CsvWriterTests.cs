using System.Text;
using OpenChannels.Web.Features.Statistics;

namespace OpenChannels.Tests.Web.Statistics;

/// <summary>CSV as spreadsheets need it: a byte-order mark, RFC 4180 quoting, and formulas neutralised.</summary>
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+33 6 12", "'+33 6 12")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    public void Escape_QuotesAndNeutralises(string value, string expected) => CsvWriter.Escape(value).ShouldBe(expected);

    [Fact]
    public async Task Rows_StartWithABom_EndWithCrLf_AndNumbersAreNotNeutralised()
    {
        using var stream = new MemoryStream();
        await using (var csv = new CsvWriter(stream))
        {
            await csv.HeaderAsync(["Name", "Seconds"]);
            csv.Text("Zoé, \"the\" client").Number(-1L);
            await csv.EndRowAsync();
        }

        var bytes = stream.ToArray();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe("Name,Seconds\r\n\"Zoé, \"\"the\"\" client\",-1\r\n");
    }
}
