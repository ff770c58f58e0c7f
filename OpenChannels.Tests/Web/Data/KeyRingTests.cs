using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Data;

/// <summary>
/// DataProtection:CertificatePath: the key ring in keys/ is stored encrypted to the certificate and read back with it
/// after a restart; a certificate that cannot serve stops the start, naming the setting.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    private const string Password = "pfx-pass-2718";

    private readonly string _certificates = Directory.CreateTempSubdirectory("openchannels-certificates-").FullName;

    public void Dispose() => Directory.Delete(_certificates, recursive: true);

    [Fact]
    public async Task WithACertificate_TheKeysAreStoredEncrypted_AndReadBackAfterARestart()
    {
        using var certificate = Rsa();
        var app = new TestApp(settings: Certificate(Pfx(certificate)));
        try
        {
            var cookie = await app.SignInCookieAsync();

            var keys = Directory.GetFiles(Path.Combine(app.DataDirectory, "keys"), "*.xml");
            keys.ShouldNotBeEmpty();
            foreach (var key in keys)
            {
                var xml = await File.ReadAllTextAsync(key);
                xml.ShouldContain("<encryptedSecret");
                xml.ShouldContain("EncryptedXml");
                xml.ShouldNotContain("<masterKey");
            }

            app = app.Restart();
            var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            browser.DefaultRequestHeaders.Add("Cookie", cookie);
            (await browser.GetAsync("/contact-center")).StatusCode.ShouldBe(HttpStatusCode.OK, "the restarted app reads its keys back with the certificate");
        }
        finally
        {
            app.Dispose();
        }
    }

    [Fact]
    public void AWrongPassword_StopsTheStart_NamingTheSetting()
    {
        using var certificate = Rsa();
        var pfx = Pfx(certificate);

        Refusal(Certificate(pfx, "not-the-password")).ShouldContain("DataProtection:CertificatePassword");
    }

    [Fact]
    public void AMissingFile_StopsTheStart_NamingTheSetting()
    {
        var missing = Path.Combine(_certificates, "missing.pfx");

        Refusal(Certificate(missing)).ShouldContain($"DataProtection:CertificatePath names no file: {missing}.");
    }

    [Fact]
    public void ACertificateWithoutItsPrivateKey_StopsTheStart_NamingTheSetting()
    {
        using var full = Rsa();
        using var publicOnly = X509CertificateLoader.LoadCertificate(full.RawData);
        var refusal = Refusal(Certificate(Pfx(publicOnly)));

        refusal.ShouldContain("DataProtection:CertificatePath");
        refusal.ShouldContain("holds no RSA private key");
    }

    [Fact]
    public void AnEcdsaCertificate_StopsTheStart_ItCannotEncryptTheKeys()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest("CN=OpenChannels key ring", key, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

        Refusal(Certificate(Pfx(certificate))).ShouldContain("holds no RSA private key");
    }

    [Fact]
    public void APasswordWithoutACertificate_StopsTheStart()
    {
        Refusal(new Dictionary<string, string> { ["DataProtection:CertificatePassword"] = Password })
            .ShouldContain("DataProtection:CertificatePassword is set but DataProtection:CertificatePath is empty");
    }

    private static string Refusal(Dictionary<string, string> settings)
    {
        using var app = new TestApp(settings: settings);
        return Should.Throw<InvalidOperationException>(() => app.Services).Message;
    }

    private static Dictionary<string, string> Certificate(string path, string password = Password) => new()
    {
        ["DataProtection:CertificatePath"] = path,
        ["DataProtection:CertificatePassword"] = password,
    };

    private static X509Certificate2 Rsa()
    {
        using var key = RSA.Create(2048);
        return new CertificateRequest("CN=OpenChannels key ring", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private string Pfx(X509Certificate2 certificate)
    {
        var path = Path.Combine(_certificates, $"{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }
}
