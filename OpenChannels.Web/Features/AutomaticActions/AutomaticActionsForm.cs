using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;

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

    /// <summary>A-2: the accepting agent becomes responsible for the CRM item the form created.</summary>
    public bool ContactFormAcceptorResponsible { get; set; }

    public ContactFieldRule ContactName { get; set; } = ContactFieldRule.Required;

    public ContactFieldRule ContactEmail { get; set; } = ContactFieldRule.Optional;

    public ContactFieldRule ContactPhone { get; set; } = ContactFieldRule.Optional;

    /// <summary>A-8: the quick-reply list agents use in this channel; 0 is none.</summary>
    public int QuickReplyListId { get; set; }

    /// <summary>A-9: agents read the client's text while it is typed (on by default), or only see "typing…".</summary>
    public bool LiveTyping { get; set; } = true;

    public bool EvenlyDistribution { get; init; }

    public string DefaultUnanswered { get; init; } = string.Empty;

    public string DefaultGreeting { get; init; } = string.Empty;

    public string DefaultClosing { get; init; } = string.Empty;

    public string DefaultTimeout { get; init; } = string.Empty;

    /// <summary>A-3: 1 minute to 12 hours (in English, as the server says it).</summary>
    public static string? CheckUnansweredMinutes(int minutes) =>
        UnansweredPolicy.AfterRange.Contains(minutes) ? null : UnansweredPolicy.AfterRange.FormMessage;

    /// <summary>A-3, in the reader's language.</summary>
    public static string? CheckUnansweredMinutes(int minutes, IStringLocalizer text) =>
        UnansweredPolicy.AfterRange.Contains(minutes) ? null : Between(UnansweredPolicy.AfterRange, text);

    /// <summary>A-6: 0 (immediately) or 1 minute to 1 day (in English, as the server says it).</summary>
    public static string? CheckFullCloseMinutes(int minutes) =>
        minutes == 0 || UnansweredPolicy.FullCloseRange.Contains(minutes)
            ? null
            : $"Enter 0 (immediately) or between {UnansweredPolicy.FullCloseRange.Described} ({UnansweredPolicy.FullCloseRange.MaxMinutes} minutes).";

    /// <summary>A-6, in the reader's language.</summary>
    public static string? CheckFullCloseMinutes(int minutes, IStringLocalizer text) =>
        minutes == 0 || UnansweredPolicy.FullCloseRange.Contains(minutes)
            ? null
            : text["Enter 0 (immediately) or between {0} ({1} minutes).", text[UnansweredPolicy.FullCloseRange.Described].Value, UnansweredPolicy.FullCloseRange.MaxMinutes].Value;

    /// <summary>A-2: a form that shows must ask something.</summary>
    public string? CheckContactForm(IStringLocalizer text) =>
        ContactFormMode != ContactFormMode.Off && new[] { ContactName, ContactEmail, ContactPhone }.All(f => f == ContactFieldRule.Hidden)
            ? text["Ask for at least one field: name, e-mail or phone."].Value
            : null;

    /// <summary>A-7: 1 minute to 7 days (in English, as the server says it).</summary>
    public static string? CheckTimeoutMinutes(int minutes) =>
        AutomaticReplies.ClientTimeoutRange.Contains(minutes) ? null : AutomaticReplies.ClientTimeoutRange.FormMessage;

    /// <summary>A-7, in the reader's language.</summary>
    public static string? CheckTimeoutMinutes(int minutes, IStringLocalizer text) =>
        AutomaticReplies.ClientTimeoutRange.Contains(minutes) ? null : Between(AutomaticReplies.ClientTimeoutRange, text);

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

    /// <summary><see cref="MinutesRange.FormMessage"/> in the reader's language: "Enter between 1 minute and 12 hours (720 minutes)."</summary>
    private static string Between(MinutesRange range, IStringLocalizer text) =>
        text["Enter between {0} ({1} minutes).", text[range.Described].Value, range.MaxMinutes].Value;
}
