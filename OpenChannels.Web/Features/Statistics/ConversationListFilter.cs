using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Data.ReadModels;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>
/// What the conversation list, its export and the reports narrow to. Every field is optional; an empty filter is every
/// conversation the viewer may count (<see cref="StatisticsScope"/>).
/// </summary>
public sealed record ConversationListFilter
{
    /// <summary>The longest period a list or a report covers.</summary>
    public static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(366);

    /// <summary>Opened at or after.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Opened before.</summary>
    public DateTimeOffset? Until { get; init; }

    public int? ChannelId { get; init; }

    /// <summary>Held by this employee.</summary>
    public int? HolderEmployeeId { get; init; }

    /// <summary>Held by a member of this department or of one below it.</summary>
    public int? HolderDepartmentId { get; init; }

    public IReadOnlyList<ConversationStatus> Statuses { get; init; } = [];

    public ClientRatingFilter ClientRating { get; init; }

    /// <summary>A supervisor gave exactly this many stars; 0 for not rated by a supervisor.</summary>
    public int? Stars { get; init; }

    /// <summary>True: at least one answer came late (or one is late now); false: none did.</summary>
    public bool? Late { get; init; }

    /// <summary>True: only spam; false: spam left out.</summary>
    public bool? Spam { get; init; }

    /// <summary>Words in the client's name, e-mail or phone, or in any message; or a conversation's number (#12).</summary>
    public string? Search { get; init; }

    /// <summary>The first rule the filter breaks, naming its field.</summary>
    public Result Validate()
    {
        if (From is { } from && Until is { } until && until <= from)
        {
            return new InvalidInput("Until", "The period must end after it starts.");
        }

        if (Stars is < 0 or > 5)
        {
            return new InvalidInput("Stars", "Stars must be between 1 and 5, or 0 for not rated.");
        }

        if (Search is { Length: > MessageSearch.MaxQueryLength })
        {
            return new InvalidInput("Search", "The search text must be at most {0} characters.", MessageSearch.MaxQueryLength);
        }

        if (Statuses.Any(s => !Enum.IsDefined(s)))
        {
            return new InvalidInput("Status", "Unknown status.");
        }

        return Enum.IsDefined(ClientRating) ? Result.Ok : new InvalidInput("Rating", "Unknown rating.");
    }
}
