using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>A message as agents see it, notes included.</summary>
public sealed record AgentMessage(
    long Id,
    MessageKind Kind,
    int? AuthorEmployeeId,
    string AuthorName,
    string Text,
    DateTimeOffset CreatedAt,
    bool IsEdited,
    bool IsDeleted,
    AgentAttachment? Attachment,
    bool ReadByClient);
