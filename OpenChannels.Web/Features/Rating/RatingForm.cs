namespace OpenChannels.Web.Features.Rating;

/// <summary>What the Rating tab edits (R-1…R-5), and what it shows beside: the default texts and the delay it lives in .</summary>
public sealed class RatingForm
{
    public bool AskClient { get; set; }

    public bool AllowDuringConversation { get; set; }

    public bool CloseOnRating { get; set; }

    public bool TimeLimitOn { get; set; }

    /// <summary>R-4, in minutes from the close: 1 minute to 1 day.</summary>
    public int TimeLimitMinutes { get; set; } = 60;

    /// <summary>Empty for the channel language's default text.</summary>
    public string? LiveChatText { get; set; }

    /// <summary>Empty for the channel language's default text.</summary>
    public string? OtherChannelsText { get; set; }

    public string DefaultLiveChatText { get; init; } = string.Empty;

    public string DefaultOtherChannelsText { get; init; } = string.Empty;

    /// <summary>A-6 (Automatic actions tab), in minutes; null is "immediately": then only R-2 leaves time to rate.</summary>
    public int? FullCloseMinutes { get; init; }
}
