namespace OpenChannels.Web.Features.Conversations;

/// <summary>
/// What the viewer may do in a conversation they see, from their access rights (docs/decisions/0013): the screens show
/// only these actions, and the services refuse the others all the same.
/// </summary>
public sealed record ConversationPermissions(bool MayJoin, bool MayManage, bool MayRate, bool MayUseQuickReplies, bool MaySeeRoutingAudit);
