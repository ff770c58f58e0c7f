using System.Text;
using QRCoder;

namespace OpenChannels.Web.Features.Account;

/// <summary>
/// The set-up link as a QR code: an SVG drawn on the server and given to an &lt;img&gt; as a data: address, which the
/// Content-Security-Policy allows for images (no script, nothing fetched). Black on white with a quiet zone, whatever the
/// theme, so every camera reads it.
/// </summary>
public static class AuthenticatorQrCode
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
