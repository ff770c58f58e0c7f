namespace OpenChannels.Web.Identity;

/// <summary>
/// L11: the security event log, one category an operator can route or keep apart. Entries name accounts by their
/// id and addresses as seen; never a password, a token's secret or text someone typed (an unknown e-mail included).
/// </summary>
public sealed partial class SecurityLog(ILoggerFactory loggers)
{
    public const string Category = "OpenChannels.Security";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    [LoggerMessage(EventId = 1001, EventName = "SignInSucceeded", Level = LogLevel.Information,
        Message = "Sign-in succeeded for user {UserId} from {Address}")]
    public partial void SignInSucceeded(string userId, string? address);

    [LoggerMessage(EventId = 1002, EventName = "SignInFailed", Level = LogLevel.Warning,
        Message = "Sign-in failed ({Reason}) for user {UserId} from {Address}")]
    public partial void SignInFailed(SignInFailure reason, string? userId, string? address);

    [LoggerMessage(EventId = 1003, EventName = "AccountLockedOut", Level = LogLevel.Warning,
        Message = "User {UserId} is locked out after repeated failed sign-ins, the last from {Address}")]
    public partial void LockedOut(string userId, string? address);

    [LoggerMessage(EventId = 1004, EventName = "SignInThrottled", Level = LogLevel.Warning,
        Message = "Sign-in refused: too many failures from {Address}")]
    public partial void SignInThrottled(string? address);

    [LoggerMessage(EventId = 1005, EventName = "SecondFactorAsked", Level = LogLevel.Information,
        Message = "The password of user {UserId} was right; their authenticator code is asked next, from {Address}")]
    public partial void SecondFactorAsked(string userId, string? address);

    [LoggerMessage(EventId = 1010, EventName = "PasswordReset", Level = LogLevel.Information,
        Message = "The password of user {UserId} was set by an administrator; their API tokens were revoked")]
    public partial void PasswordReset(string userId);

    [LoggerMessage(EventId = 1020, EventName = "ApiTokenCreated", Level = LogLevel.Information,
        Message = "API token {TokenId} created for user {UserId}, expiring {ExpiresAt}")]
    public partial void TokenCreated(int tokenId, string userId, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 1021, EventName = "ApiTokenRevoked", Level = LogLevel.Information,
        Message = "API token {TokenId} of user {UserId} revoked by user {ActingUserId}")]
    public partial void TokenRevoked(int tokenId, string userId, string actingUserId);

    [LoggerMessage(EventId = 1022, EventName = "ApiTokensRevokedForUser", Level = LogLevel.Information,
        Message = "{Count} API tokens of user {UserId} revoked ({Cause})")]
    public partial void TokensRevokedForUser(int count, string userId, string cause);

    [LoggerMessage(EventId = 1030, EventName = "AdministratorChanged", Level = LogLevel.Warning,
        Message = "User {UserId} is administrator: {IsAdministrator}")]
    public partial void AdministratorChanged(string userId, bool isAdministrator);

    [LoggerMessage(EventId = 1040, EventName = "SignInBlockedChanged", Level = LogLevel.Warning,
        Message = "Employee {EmployeeId} sign-in blocked: {Blocked} (dismissal or reinstatement)")]
    public partial void SignInBlockedChanged(int employeeId, bool blocked);

    [LoggerMessage(EventId = 1050, EventName = "ChannelDeleted", Level = LogLevel.Warning,
        Message = "Channel {ChannelId} deleted by user {ActingUserId}")]
    public partial void ChannelDeleted(int channelId, string? actingUserId);

    [LoggerMessage(EventId = 1080, EventName = "ConnectorKeyReplaced", Level = LogLevel.Warning,
        Message = "Connector {ConnectorId}: public key replaced by user {ActingUserId}; the old snippet and links stop working")]
    public partial void ConnectorKeyReplaced(int connectorId, string? actingUserId);

    [LoggerMessage(EventId = 1081, EventName = "ConnectorOriginsChanged", Level = LogLevel.Information,
        Message = "Connector {ConnectorId}: allowed websites changed by user {ActingUserId} ({Count} listed; none: any website)")]
    public partial void ConnectorOriginsChanged(int connectorId, int count, string? actingUserId);

    [LoggerMessage(EventId = 1090, EventName = "AccessRoleCreated", Level = LogLevel.Information,
        Message = "Access role {RoleId} created by employee {ActingEmployeeId}, copied from role {CopiedRoleId} (none: a new role)")]
    public partial void AccessRoleCreated(int roleId, int? copiedRoleId, int actingEmployeeId);

    [LoggerMessage(EventId = 1091, EventName = "AccessRoleRenamed", Level = LogLevel.Information,
        Message = "Access role {RoleId} renamed by employee {ActingEmployeeId}")]
    public partial void AccessRoleRenamed(int roleId, int actingEmployeeId);

    [LoggerMessage(EventId = 1092, EventName = "AccessRoleDeleted", Level = LogLevel.Warning,
        Message = "Access role {RoleId} deleted by employee {ActingEmployeeId}; its holders lost it")]
    public partial void AccessRoleDeleted(int roleId, int actingEmployeeId);

    [LoggerMessage(EventId = 1093, EventName = "AccessRoleLevelsChanged", Level = LogLevel.Warning,
        Message = "Access role {RoleId}: levels set to {Levels} by employee {ActingEmployeeId}")]
    public partial void AccessRoleLevelsChanged(int roleId, string levels, int actingEmployeeId);

    [LoggerMessage(EventId = 1094, EventName = "AccessRoleGiven", Level = LogLevel.Warning,
        Message = "Access role {RoleId} given to {HolderKind} {HolderId} by employee {ActingEmployeeId}")]
    public partial void AccessRoleGiven(int roleId, Domain.Access.HolderKind holderKind, int holderId, int actingEmployeeId);

    [LoggerMessage(EventId = 1095, EventName = "AccessRoleTaken", Level = LogLevel.Warning,
        Message = "Access role {RoleId} taken from {HolderKind} {HolderId} by employee {ActingEmployeeId}")]
    public partial void AccessRoleTaken(int roleId, Domain.Access.HolderKind holderKind, int holderId, int actingEmployeeId);

    [LoggerMessage(EventId = 1096, EventName = "AccessRightsChangeRefused", Level = LogLevel.Warning,
        Message = "Employee {ActingEmployeeId} may not change access rights; their change ({Change}) was refused")]
    public partial void AccessRightsChangeRefused(int actingEmployeeId, string change);

    [LoggerMessage(EventId = 1060, EventName = "TwoFactorEnabled", Level = LogLevel.Information,
        Message = "User {UserId} turned two-factor sign-in on; their other sessions were ended")]
    public partial void TwoFactorEnabled(string userId);

    [LoggerMessage(EventId = 1061, EventName = "TwoFactorDisabled", Level = LogLevel.Warning,
        Message = "User {UserId} turned two-factor sign-in off; their other sessions were ended")]
    public partial void TwoFactorDisabled(string userId);

    [LoggerMessage(EventId = 1062, EventName = "TwoFactorReset", Level = LogLevel.Warning,
        Message = "Two-factor sign-in of user {UserId} reset by user {ActingUserId}; {Sessions} sessions ended")]
    public partial void TwoFactorReset(string userId, string? actingUserId, int sessions);

    [LoggerMessage(EventId = 1063, EventName = "RecoveryCodesRegenerated", Level = LogLevel.Information,
        Message = "User {UserId} made new recovery codes; the old ones no longer work")]
    public partial void RecoveryCodesRegenerated(string userId);

    [LoggerMessage(EventId = 1064, EventName = "RecoveryCodeUsed", Level = LogLevel.Warning,
        Message = "User {UserId} signed in with a recovery code from {Address}; {Left} codes left")]
    public partial void RecoveryCodeUsed(string userId, string? address, int left);

    [LoggerMessage(EventId = 1065, EventName = "TwoFactorCodeWrong", Level = LogLevel.Warning,
        Message = "A wrong {Kind} was given for user {UserId} from {Address}")]
    public partial void TwoFactorCodeWrong(string userId, string kind, string? address);

    [LoggerMessage(EventId = 1066, EventName = "TwoFactorRequirementChanged", Level = LogLevel.Warning,
        Message = "Two-factor sign-in is now required of {Requirement}, set by user {ActingUserId}")]
    public partial void TwoFactorRequirementChanged(Domain.Access.TwoFactorRequirement requirement, string? actingUserId);
}
