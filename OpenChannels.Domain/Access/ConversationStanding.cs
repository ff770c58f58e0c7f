namespace OpenChannels.Domain.Access;

/// <summary>
/// How a viewer stands to one conversation, from the data (docs/decisions/0013): whose conversation it is to them,
/// whose its holder is (null while nobody holds it), and whether it waits, held by nobody, in a queue the viewer is in.
/// <see cref="ThroughCrm"/> is P-4's seam: the viewer may open a CRM lead or deal the conversation belongs to. Nothing
/// sets it until the CRM exists; the rule that it wins is already here and tested.
/// </summary>
public readonly record struct ConversationStanding(Relation ToConversation, Relation? ToHolder, bool WaitingInTheirQueue, bool ThroughCrm = false);
