using Microsoft.AspNetCore.Identity;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>Identity's own hasher, counting the verifications: how long a refusal takes is mostly how many it runs.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verifications;

    public int Verifications => _verifications;

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
