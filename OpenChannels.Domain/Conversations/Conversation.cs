using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Conversations;

/// <summary>
/// One episode of talk with a client in one open channel, from the first client message to its close.
/// Services run each change inside a write transaction, so the checks here and the write are atomic.
/// </summary>
public sealed partial class Conversation : AggregateRoot
{
    public const int TitleMaxLength = 100;
    public const int PreviewLength = 140;
    public const int ThreadMaxLength = 64;

    /// <summary>J-3: an open conversation with no message for this long is closed.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    private readonly List<ConversationParticipant> _participants = [];

    private Conversation()
    {
    }

    /// <param name="thread">The connector's thread it continues (<see cref="Thread"/>); empty for connectors without threads.</param>
    public Conversation(int openChannelId, int connectorId, int clientId, DateTimeOffset now, string thread = "")
    {
        if (thread.Length > ThreadMaxLength)
        {
            throw new ArgumentException($"A thread key has at most {ThreadMaxLength} characters.", nameof(thread));
        }

        Thread = thread;
        OpenChannelId = openChannelId;
        ConnectorId = connectorId;
        ClientId = clientId;
        Status = ConversationStatus.Unassigned;
        IsOpen = true;
        CreatedAt = now;
        LastMessageAt = now;
        AddDomainEvent(new ConversationOpened(this));
    }

    public int Id { get; private set; }

    public int OpenChannelId { get; private set; }

    public int ConnectorId { get; private set; }

    public int ClientId { get; private set; }

    /// <summary>
    /// Which of the client's threads on the connector this is: an e-mail thread's key, empty elsewhere. A client has at
    /// most one open conversation per connector and thread, so a new e-mail thread is a new conversation while the client
    /// has another one open, and a reply continues its own.
    /// </summary>
    public string Thread { get; private set; } = string.Empty;

    public ConversationStatus Status { get; private set; }

    /// <summary>False once closed or marked spam: a new client message then starts a new conversation.</summary>
    public bool IsOpen { get; private set; }

    public int? AssignedEmployeeId { get; private set; }

    /// <summary>
    /// "Lock as mine" (M-5, seed 001): the holder keeps it. No automatic rule moves it (Q-5, A-4, the idle time); only
    /// a person (take, transfer) or the holder's dismissal or vacation (J-2, <see cref="ReleasePin"/>) does. It stays
    /// set when the conversation is closed, so the client's next conversation goes to the same agent first.
    /// </summary>
    public bool IsPinned { get; private set; }

    /// <summary>Set with /rename; employees only see it, never the client (M-4).</summary>
    public string? Title { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the agent who has it accepted it (an offer from routing is not yet accepted).</summary>
    public DateTimeOffset? AcceptedAt { get; private set; }

    public bool IsAccepted => AssignedEmployeeId is not null && AcceptedAt is not null;

    /// <summary>J-4, Q-3: when an unaccepted offer moves to the next agent. Swept by the job runner.</summary>
    public DateTimeOffset? IdleTransferDueAt { get; private set; }

    /// <summary>Q-11: the "no agent can answer" text was sent (once per conversation).</summary>
    public DateTimeOffset? NoAgentNoticeSentAt { get; private set; }

    /// <summary>A-3, J-4: when the conversation counts as unanswered if no agent has replied by then.</summary>
    public DateTimeOffset? UnansweredDueAt { get; private set; }

    public DateTimeOffset? MarkedUnansweredAt { get; private set; }

    /// <summary>A-6, J-4: when a closed conversation becomes fully closed (its rating window ends).</summary>
    public DateTimeOffset? FullyClosesAt { get; private set; }

    /// <summary>A-7, J-4: when the conversation closes because the client has not answered the agent.</summary>
    public DateTimeOffset? ClientTimeoutDueAt { get; private set; }

    /// <summary>H-2: the out-of-hours reply was sent (once per conversation, not per message).</summary>
    public DateTimeOffset? OutOfHoursNoticeSentAt { get; private set; }

    public DateTimeOffset? FirstResponseAt { get; private set; }

    /// <summary>K-1: the response times of this conversation, kept with each message in the same transaction.</summary>
    public ResponseTimes Responses { get; private set; } = ResponseTimes.None;

    public DateTimeOffset LastMessageAt { get; private set; }

    public string LastMessagePreview { get; private set; } = string.Empty;

    /// <summary>Client messages no agent has read yet.</summary>
    public int UnreadByAgents { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int? ClosedByEmployeeId { get; private set; }

    /// <summary>M-6: the conversation this one was split from, if any.</summary>
    public int? SplitFromConversationId { get; private set; }

    public IReadOnlyList<ConversationParticipant> Participants => _participants;

    public bool IsHeldBy(int employeeId) => AssignedEmployeeId == employeeId;

    /// <summary>J-3: open, and nothing written for a week.</summary>
    public bool IsStale(DateTimeOffset now) => IsOpen && LastMessageAt < now - StaleAfter;

    /// <summary>H-2: outside working hours the client gets the out-of-hours reply, once per conversation.</summary>
    public bool NeedsOutOfHoursNotice(OpenChannel channel, DateTimeOffset now) =>
        channel.Hours.OutOfHours.Enabled && OutOfHoursNoticeSentAt is null && !channel.IsOpenAt(now);

    /// <summary>
    /// nobody can answer — the client is told once, unless the channel turned the text off, and not when the
    /// out-of-hours reply already said so.
    /// </summary>
    public bool ShouldTellNoAgent(OpenChannel channel) =>
        NoAgentNoticeSentAt is null && channel.NoAgent.Enabled && OutOfHoursNoticeSentAt is null;

    public bool Involves(int employeeId) => IsHeldBy(employeeId) || _participants.Any(p => p.EmployeeId == employeeId);

    public static Conversation SplitFrom(Conversation original, DateTimeOffset now) =>
        new(original.OpenChannelId, original.ConnectorId, original.ClientId, now)
        {
            SplitFromConversationId = original.Id,
            AssignedEmployeeId = original.AssignedEmployeeId,
            Status = original.AssignedEmployeeId is null ? ConversationStatus.Unassigned : ConversationStatus.Assigned,
            AcceptedAt = original.AssignedEmployeeId is null ? null : now,

            // CRM-1: the split part is about the same client and item.
            CrmContactId = original.CrmContactId,
            CrmLeadId = original.CrmLeadId,
            CrmDealId = original.CrmDealId,
            RecognisedBy = original.RecognisedBy,
        };

    /// <param name="watch">The channel's KPI targets and clock (K-1, K-2); the wall clock without targets when omitted.</param>
    public void RecordClientMessage(string preview, DateTimeOffset at, ResponseWatch? watch = null)
    {
        Changed();
        EnsureOpen();
        ClientTimeoutDueAt = null;
        Touch(preview, at);
        UnreadByAgents++;

        // B-1: while the bot holds it no agent is expected to answer; their clock starts at the hand-over.
        if (!IsWithBot)
        {
            Responses = Responses.ClientWrote(at, watch ?? ResponseWatch.Plain);
        }

        if (Status == ConversationStatus.WaitingForClient)
        {
            Status = ConversationStatus.Answered;
        }
    }

    /// <summary>M-2: "Reply" accepts an unassigned conversation; the holder and invited colleagues may write.</summary>
    public void RecordAgentMessage(int employeeId, string preview, DateTimeOffset at, ResponseWatch? watch = null)
    {
        Changed();
        EnsureOpen();
        if (AssignedEmployeeId is null || IsHeldBy(employeeId))
        {
            Accept(employeeId, at);
        }
        else if (!Involves(employeeId))
        {
            throw new DomainRuleViolated(new ConversationTaken(Id, AssignedEmployeeId.Value));
        }

        Touch(preview, at);
        FirstResponseAt ??= at;
        Responses = Responses.AgentAnswered(at, watch ?? ResponseWatch.Plain);
        UnansweredDueAt = null;
        UnreadByAgents = 0;
        Status = ConversationStatus.WaitingForClient;
    }

    /// <summary>
    /// An automatic text (greeting, out-of-hours reply, …): the conversation moved on, but the list keeps showing what a
    /// person last wrote, so an automatic text never hides the client's words.
    /// </summary>
    public void RecordSystemMessage(DateTimeOffset at)
    {
        Changed();
        LastMessageAt = at;
    }

    /// <summary>A message moved here by a split (M-6) other than the client's: an agent's words show in the list.</summary>
    public void RecordMovedMessage(MessageKind kind, string preview, DateTimeOffset at, ResponseWatch? watch = null)
    {
        if (kind == MessageKind.Agent)
        {
            Changed();
            Touch(preview, at);
            Responses = Responses.AgentAnswered(at, watch ?? ResponseWatch.Plain);
        }
        else
        {
            RecordSystemMessage(at);
        }
    }

    public void Accept(int employeeId, DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        StepInBeforeBot(at);
        if (AssignedEmployeeId == employeeId)
        {
            // Accepting what routing offered: the idle clock stops.
            AcceptedAt ??= at;
            IdleTransferDueAt = null;
            return;
        }

        if (AssignedEmployeeId is { } holder)
        {
            throw new DomainRuleViolated(new ConversationTaken(Id, holder));
        }

        AssignedEmployeeId = employeeId;
        AcceptedAt = at;
        IdleTransferDueAt = null;
        Status = ConversationStatus.Assigned;
    }

    /// <summary>
    /// routing offers it to one agent; without acceptance by <paramref name="dueAt"/> it moves on. With
    /// <paramref name="pinned"/> it goes to the agent who locked the client's last conversation, and stays locked.
    /// </summary>
    public void Offer(int employeeId, DateTimeOffset? dueAt, bool pinned = false)
    {
        Changed();
        EnsureOpen();
        EnsureNotPinned();
        if (IsWithBot)
        {
            throw new InvalidOperationException($"Conversation {Id} is with its bot; hand it over before routing it.");
        }

        AssignedEmployeeId = employeeId;
        AcceptedAt = null;
        IdleTransferDueAt = pinned ? null : dueAt;
        IsPinned = pinned;
        if (Status == ConversationStatus.Unassigned)
        {
            Status = ConversationStatus.Assigned;
        }
    }

    /// <summary>Back to the queue (Q-5 agent offline, J-2 dismissed or on vacation, an idle offer): nobody has it.</summary>
    public void ReturnToQueue()
    {
        Changed();
        EnsureOpen();
        EnsureNotPinned();
        AssignedEmployeeId = null;
        AcceptedAt = null;
        IdleTransferDueAt = null;
        if (Status == ConversationStatus.Assigned)
        {
            Status = ConversationStatus.Unassigned;
        }
    }

    public void NoteNoAgentNoticeSent(DateTimeOffset at)
    {
        Changed();
        NoAgentNoticeSentAt ??= at;
    }

    public void NoteOutOfHoursNoticeSent(DateTimeOffset at)
    {
        Changed();
        OutOfHoursNoticeSentAt ??= at;
    }

    /// <summary>Q-3, J-4: the offer was not accepted within the idle time; it moves to the next agent.</summary>
    public bool IsIdleOfferDue(DateTimeOffset now) => IsOpen && !IsPinned && !IsAccepted && IdleTransferDueAt <= now;

    /// <summary>A-3, J-4: no agent answered since the client's first message, and the time is up.</summary>
    public bool IsUnansweredDue(DateTimeOffset now) => IsOpen && FirstResponseAt is null && UnansweredDueAt <= now;

    /// <summary>A-7, J-4: the client did not answer the agent's last message in time.</summary>
    public bool IsClientTimeoutDue(DateTimeOffset now) => IsOpen && ClientTimeoutDueAt <= now;

    /// <summary>K-2, J-4: the answer the client waits for is late, and nobody has been told yet.</summary>
    public bool IsLateResponseDue(DateTimeOffset now) => IsOpen && Responses.IsLateUnannounced(now);

    /// <summary>K-2: the late answer was announced; the same answer is never announced twice.</summary>
    public void AnnounceLateResponse(DateTimeOffset at)
    {
        Changed();
        Responses = Responses.Announced(at);
    }

    /// <summary>A-6, J-4: the rating window of a closed conversation has passed.</summary>
    public bool IsFullCloseDue(DateTimeOffset now) => Status == ConversationStatus.Closed && FullyClosesAt <= now;

    /// <summary>A-3: counted from the client's first message.</summary>
    public void ExpectAnswerBy(DateTimeOffset? dueAt)
    {
        Changed();
        UnansweredDueAt = IsOpen && FirstResponseAt is null ? dueAt : null;
    }

    /// <summary>A-3: no agent answered in time; the mark stays, the deadline is spent.</summary>
    public void MarkUnanswered(DateTimeOffset at)
    {
        Changed();
        MarkedUnansweredAt ??= at;
        UnansweredDueAt = null;
    }

    /// <summary>A-6: closed now, fully closed after the rating window (or at once without one).</summary>
    public void FullyCloseAt(DateTimeOffset? at, DateTimeOffset now)
    {
        Changed();
        if (Status != ConversationStatus.Closed)
        {
            return;
        }

        if (at is null || at <= now)
        {
            Status = ConversationStatus.FullyClosed;
            FullyClosesAt = null;
            EndRatingWindow();
        }
        else
        {
            FullyClosesAt = at;
        }
    }

    /// <summary>A-7: after an agent's message, the client has until then to answer.</summary>
    public void WaitForClientUntil(DateTimeOffset? dueAt)
    {
        Changed();
        ClientTimeoutDueAt = IsOpen ? dueAt : null;
    }

    /// <summary>J-3, A-7: closed by the system; no rating window follows, so it is fully closed at once.</summary>
    public void CloseAutomatically(DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        AddDomainEventOnce(new RatingChanged(this));
        AddDomainEventOnce(new ConversationClosed(this));
        Status = ConversationStatus.FullyClosed;
        IsOpen = false;
        ClosedAt = at;
        EndBot();
        IdleTransferDueAt = null;
        UnansweredDueAt = null;
        ClientTimeoutDueAt = null;
        UnreadByAgents = 0;
        Responses = Responses.Stopped(at);
    }

    /// <summary>M-3: become responsible even when a colleague holds it.</summary>
    public void Take(int employeeId, DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        StepInBeforeBot(at);
        if (AssignedEmployeeId is null)
        {
            Accept(employeeId, at);
            return;
        }

        AssignedEmployeeId = employeeId;
        AcceptedAt = at;
        IdleTransferDueAt = null;
        IsPinned = false;
    }

    public void TransferTo(int employeeId, DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        StepInBeforeBot(at);
        if (AssignedEmployeeId == employeeId)
        {
            throw new DomainRuleViolated(new AlreadyWithColleague(Id, employeeId));
        }

        AssignedEmployeeId = employeeId;
        AcceptedAt = at;
        IdleTransferDueAt = null;
        IsPinned = false;
        if (Status == ConversationStatus.Unassigned)
        {
            Status = ConversationStatus.Assigned;
        }
    }

    /// <summary>Moves it to another open channel, whose queue then gets it as a new conversation.</summary>
    public void TransferToChannel(int openChannelId)
    {
        Changed();
        EnsureOpen();
        if (OpenChannelId == openChannelId)
        {
            throw new DomainRuleViolated(new AlreadyInChannel(Id, openChannelId));
        }

        OpenChannelId = openChannelId;

        // The other channel's queue gets it as a new conversation; this channel's bot has no place there.
        EndBot();
        AssignedEmployeeId = null;
        AcceptedAt = null;
        IdleTransferDueAt = null;
        NoAgentNoticeSentAt = null;
        IsPinned = false;
        Status = ConversationStatus.Unassigned;
    }

    /// <summary>Locking an offer accepts it: a locked conversation has no idle time to run out.</summary>
    public void SetPinned(int employeeId, bool pinned, DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        if (!IsHeldBy(employeeId))
        {
            throw new DomainRuleViolated(new NotTheHolder(Id, employeeId));
        }

        IsPinned = pinned;
        if (pinned)
        {
            AcceptedAt ??= at;
            IdleTransferDueAt = null;
        }
    }

    /// <summary>J-2: the holder was dismissed or went on vacation, so the lock no longer holds it.</summary>
    public void ReleasePin()
    {
        Changed();
        IsPinned = false;
    }

    public void Invite(int employeeId, DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        if (!Involves(employeeId))
        {
            _participants.Add(new ConversationParticipant(employeeId, at));
        }
    }

    public void Rename(string? title)
    {
        Changed();
        Title = Guard.OptionalText(title, "Title", TitleMaxLength);
    }

    /// <summary>
    /// Refuses, naming the holder, whoever <see cref="ConversationAccess.MayManage"/> does not allow to finish, transfer
    /// or mark it as spam (<paramref name="mayManage"/>): they take it over first.
    /// </summary>
    public void EnsureManagedBy(bool mayManage)
    {
        if (!mayManage && AssignedEmployeeId is not null)
        {
            throw new DomainRuleViolated(new HeldByColleague(Id, AssignedEmployeeId!.Value));
        }
    }

    /// <summary>Finish (M-5), or "Accept and close" on an unassigned conversation (M-2).</summary>
    public void Close(int employeeId, DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        AssignedEmployeeId ??= employeeId;
        AcceptedAt ??= at;
        Finish(ConversationStatus.Closed, employeeId, at);
    }

    /// <summary>M-2: spam / force stop closes it; the client may write again later (a new conversation).</summary>
    public void MarkSpam(int employeeId, DateTimeOffset at)
    {
        Changed();
        EnsureOpen();
        Finish(ConversationStatus.Spam, employeeId, at);
    }

    private void Finish(ConversationStatus status, int employeeId, DateTimeOffset at)
    {
        // the live chat stops offering to rate it as an ongoing conversation.
        AddDomainEventOnce(new RatingChanged(this));
        AddDomainEventOnce(new ConversationClosed(this));
        EndBot();
        IdleTransferDueAt = null;
        UnansweredDueAt = null;
        ClientTimeoutDueAt = null;
        Status = status;
        IsOpen = false;
        IsPinned &= status == ConversationStatus.Closed;
        ClosedAt = at;
        ClosedByEmployeeId = employeeId;
        UnreadByAgents = 0;
        Responses = Responses.Stopped(at, countOverdue: status != ConversationStatus.Spam);
    }

    private void Touch(string preview, DateTimeOffset at)
    {
        LastMessageAt = at;
        LastMessagePreview = preview.Length <= PreviewLength ? preview : preview[..(PreviewLength - 1)] + "…";
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolated(new ConversationFinished(Id));
        }
    }

    /// <summary>Automatic rules leave a locked conversation alone; moving it anyway is a bug, never a silent unlock.</summary>
    private void EnsureNotPinned()
    {
        if (IsPinned)
        {
            throw new InvalidOperationException($"Conversation {Id} is locked by its agent; release the lock before routing it.");
        }
    }

    /// <summary>An agent opened it: the unread count clears. Announced only if there was something unread, so that opening a
    /// read conversation does not set off a round of refreshes on every screen.</summary>
    public void MarkReadByAgents()
    {
        if (UnreadByAgents > 0)
        {
            Changed();
            UnreadByAgents = 0;
        }
    }

    /// <summary>Agents' screens re-read a changed conversation: one event per transaction is enough.</summary>
    private void Changed() => AddDomainEventOnce(new ConversationChanged(this));
}
