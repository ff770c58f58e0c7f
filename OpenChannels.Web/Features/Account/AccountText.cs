namespace OpenChannels.Web.Features.Account;

/// <summary>The texts of the sign-in, set-up and profile screens, in every language (resources beside this class).</summary>
public sealed class AccountText;
