using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Features.AutomaticActions;

/// <summary>What the Automatic actions tab edits (A-1 … A-8).</summary>
public sealed class AutomaticActionsForm
{
    public GreetingMode Greeting { get; set; }

    public string? GreetingText { get; set; }

    public bool ClosingReply { get; set; }

    public string? ClosingText { get; set; }

    public bool TimeoutEnabled { get; set; }

    /// <summary>A-7, in minutes: 1 minute to 7 days.</summary>
    public int TimeoutMinutes { get; set; } = 60;

    public bool TimeoutReply { get; set; }

    public string? TimeoutText { get; set; }

    public bool UnansweredEnabled { get; set; }

    /// <summary>A-3, in minutes from the client's first message: 1 minute to 12 hours.</summary>
    public int UnansweredMinutes { get; set; } = 10;

    public UnansweredAction UnansweredAction { get; set; }

    public string? UnansweredText { get; set; }

    /// <summary>A-6, in minutes; 0 is "immediately".</summary>
    public int FullCloseMinutes { get; set; }

    /// <summary>A-2.</summary>
    public ContactFormMode ContactFormMode { get; set; }

    public ContactFieldRule ContactName { get; set; } = ContactFieldRule.Required;

    public ContactFieldRule ContactEmail { get; set; } = ContactFieldRule.Optional;

    public ContactFieldRule ContactPhone { get; set; } = ContactFieldRule.Optional;

    /// <summary>A-8: the quick-reply list agents use in this channel; 0 is none.</summary>
    public int QuickReplyListId { get; set; }

    public bool EvenlyDistribution { get; init; }

    public string DefaultUnanswered { get; init; } = string.Empty;

    public string DefaultGreeting { get; init; } = string.Empty;

    public string DefaultClosing { get; init; } = string.Empty;

    public string DefaultTimeout { get; init; } = string.Empty;

    /// <summary>A-3: 1 minute to 12 hours.</summary>
    public static string? CheckUnansweredMinutes(int minutes) =>
        UnansweredPolicy.AfterRange.Contains(minutes) ? null : UnansweredPolicy.AfterRange.FormMessage;

    /// <summary>A-6: 0 (immediately) or 1 minute to 1 day.</summary>
    public static string? CheckFullCloseMinutes(int minutes) =>
        minutes == 0 || UnansweredPolicy.FullCloseRange.Contains(minutes)
            ? null
            : $"Enter 0 (immediately) or between {UnansweredPolicy.FullCloseRange.Described} ({UnansweredPolicy.FullCloseRange.MaxMinutes} minutes).";

    /// <summary>A-2: a form that shows must ask something.</summary>
    public string? CheckContactForm() =>
        ContactFormMode != ContactFormMode.Off && new[] { ContactName, ContactEmail, ContactPhone }.All(f => f == ContactFieldRule.Hidden)
            ? "Ask for at least one field: name, e-mail or phone."
            : null;

    public static string? CheckTimeoutMinutes(int minutes) =>
        AutomaticReplies.ClientTimeoutRange.Contains(minutes) ? null : AutomaticReplies.ClientTimeoutRange.FormMessage;

    /// <summary>A-1, A-5, A-7 as the channel keeps them.</summary>
    public AutomaticReplies ToReplies() => new(
        Greeting,
        GreetingText,
        AutomaticReply.Of(ClosingReply, ClosingText, "Closing text"),
        TimeoutEnabled ? TimeSpan.FromMinutes(TimeoutMinutes) : null,
        AutomaticReply.Of(TimeoutReply, TimeoutText, "Timeout text"));

    /// <summary>A-3, A-4, A-6 as the channel keeps them; with no unanswered time, nothing happens.</summary>
    public UnansweredPolicy ToUnansweredPolicy() => new(
        UnansweredEnabled ? TimeSpan.FromMinutes(UnansweredMinutes) : null,
        UnansweredEnabled ? UnansweredAction : UnansweredAction.Nothing,
        UnansweredText,
        FullCloseMinutes == 0 ? null : TimeSpan.FromMinutes(FullCloseMinutes));
}
