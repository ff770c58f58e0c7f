using System.Text;
using OpenChannels.Web.Storage;

namespace OpenChannels.Tests.Web.Storage;

/// <summary>I6: a file's type comes from its first bytes; RIFF alone is not enough to be a WebP image.</summary>
public sealed class FileSignaturesTests
{
    [Fact]
    public void ARiffFileSayingWebp_IsAWebpImage()
    {
        FileSignatures.Detect(Riff("WEBP"))!.ContentType.ShouldBe("image/webp");
    }

    [Theory]
    [InlineData("WAVE")]
    [InlineData("AVI ")]
    public void OtherRiffFiles_AreNotImages(string kind)
    {
        FileSignatures.Detect(Riff(kind)).ShouldBeNull();
    }

    [Fact]
    public void ARiffHeadTooShortToSayWhatItHolds_IsNotAnImage()
    {
        FileSignatures.Detect(Riff("WEBP").AsSpan(0, 10)).ShouldBeNull();
    }

    private static byte[] Riff(string kind) => [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. Encoding.ASCII.GetBytes(kind), .. "VP8 "u8];
}
