using Microsoft.AspNetCore.Identity;

namespace OpenChannels.Web.Identity;

/// <summary>Refuses a common password wherever Identity sets one: the set-up, an employee's form, a reset (L12).</summary>
public sealed class CommonPasswordValidator(CommonPasswords common) : IPasswordValidator<AppUser>
{
    public const string Message = "This password is too common. Choose a longer or less predictable one.";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && common.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = Message })
            : IdentityResult.Success);
}
