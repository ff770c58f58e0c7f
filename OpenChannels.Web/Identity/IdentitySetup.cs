using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Identity;

public static class IdentitySetup
{
    public static WebApplicationBuilder AddOpenChannelsIdentity(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        Infrastructure.SettingsCheck.ThrowIfAny(IdentitySettings.Section, settings.Validate());
        builder.Services.AddSingleton(settings);
        var commonPasswords = CommonPasswords.Load();
        builder.Services.AddSingleton(commonPasswords);
        builder.Services.AddSingleton(new PasswordRule(settings.PasswordMinLength, commonPasswords));
        builder.Services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.Section));

        builder.Services
            .AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // L12: length and the common-password list only; composition rules make passwords harder to remember, not to guess.
                options.Password.RequiredLength = settings.PasswordMinLength;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = settings.MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(settings.LockoutMinutes);
            })
            .AddEntityFrameworkStores<OpenChannelsDbContext>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = AccountEndpoints.LoginPath;
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "OpenChannels.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Https:Enabled: Secure even on a request the app sees as plain HTTP (a proxy that forgot X-Forwarded-Proto).
            options.Cookie.SecurePolicy = Infrastructure.HttpsSettings.From(builder.Configuration).Enabled
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(settings.CookieDays);
            options.SlidingExpiration = true;
        });
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        // Sessions live on the server: the cookie is a key, and signing out deletes what it points to.
        builder.Services.AddSingleton<SessionStore>();
        builder.Services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionStore>((options, store) => options.SessionStore = store);

        builder.Services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<SetupState>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<SecurityLog>();
        builder.Services.AddSingleton<AccountService>();
        builder.Services.AddSingleton<SignInTicketService>();
        builder.Services.AddSingleton<PendingSignIns>();
        builder.Services.AddSingleton<UsedCodes>();
        builder.Services.AddSingleton<SecondFactor>();
        builder.Services.AddSingleton<TwoFactorService>();
        builder.Services.AddSingleton<SignInService>();
        builder.Services.AddSingleton<ApiTokenService>();
        return builder;
    }

    /// <summary>Creates the first administrator from configuration when none exists (containers, tests).</summary>
    public static async Task BootstrapAdministratorAsync(this IServiceProvider services)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BootstrapOptions>>().Value;
        var setup = services.GetRequiredService<SetupState>();
        if (!options.IsSet || await setup.IsCompleteAsync())
        {
            return;
        }

        var created = await services.GetRequiredService<AccountService>()
            .CreateFirstAdministratorAsync(options.AdminName, string.Empty, options.AdminEmail, options.AdminPassword);
        if (!created.Succeeded && created.Error is not Domain.Common.Conflict)
        {
            throw new InvalidOperationException($"Bootstrap administrator could not be created: {created.Error.Message}");
        }
    }
}
