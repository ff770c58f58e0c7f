using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OpenChannels.Web.Infrastructure;

namespace OpenChannels.Web.Data;

/// <summary>
/// The section "DataProtection" of appsettings.json: a certificate (a PKCS#12 .pfx file with its RSA private key) that
/// encrypts the key ring in the data folder's keys/. Empty: the keys are stored as they are, guarded only by the
/// folder's permissions.
/// </summary>
public sealed class DataProtectionSettings
{
    public const string Section = "DataProtection";

    /// <summary>The .pfx file; a relative path starts at the content root, like the data folder's.</summary>
    public string CertificatePath { get; set; } = string.Empty;

    public string CertificatePassword { get; set; } = string.Empty;

    public static DataProtectionSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DataProtectionSettings>() ?? new DataProtectionSettings();

    /// <summary>
    /// The certificate, or null when none is set. One that cannot encrypt and decrypt the keys stops the start with a
    /// message naming the setting: found out later, it would leave every sign-in broken.
    /// </summary>
    public X509Certificate2? LoadCertificate(string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(CertificatePath))
        {
            return string.IsNullOrEmpty(CertificatePassword)
                ? null
                : throw SettingsCheck.Invalid(Section, $"{Section}:CertificatePassword is set but {Section}:CertificatePath is empty; set both, or neither.");
        }

        var path = Path.GetFullPath(CertificatePath, contentRoot);
        if (!File.Exists(path))
        {
            throw SettingsCheck.Invalid(Section, $"{Section}:CertificatePath names no file: {path}.");
        }

        var certificate = Open(path);
        using var key = certificate.GetRSAPrivateKey();
        if (key is null)
        {
            certificate.Dispose();
            throw SettingsCheck.Invalid(
                Section,
                $"{Section}:CertificatePath ({path}) holds no RSA private key: the key ring needs one to read its keys back. "
                + "Export the certificate with its private key, and with an RSA key (not ECDSA).");
        }

        return certificate;
    }

    private X509Certificate2 Open(string path)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, string.IsNullOrEmpty(CertificatePassword) ? null : CertificatePassword);
        }
        catch (CryptographicException e)
        {
            throw SettingsCheck.Invalid(
                Section,
                $"{Section}:CertificatePath ({path}) could not be opened with {Section}:CertificatePassword: {e.Message} "
                + "It must be a PKCS#12 (.pfx) file, and the password the one it was exported with.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SettingsCheck.Invalid(Section, $"{Section}:CertificatePath ({path}) could not be read: {e.Message}");
        }
    }
}
