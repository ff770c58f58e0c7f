using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Conversations;

namespace OpenChannels.Web.Features.Statistics;

/// <summary>The conversation list's words, in the reader's language: column titles, statuses, ratings, durations.</summary>
public sealed class ListWording(IStringLocalizer<StatisticsText> text)
{
    public string Title(ListColumn column) => column switch
    {
        ListColumn.Number => text["Number"],
        ListColumn.Channel => text["Channel"],
        ListColumn.Connector => text["Connector"],
        ListColumn.Client => text["Client"],
        ListColumn.Holder => text["Responsible"],
        ListColumn.Status => text["Status"],
        ListColumn.Opened => text["Opened"],
        ListColumn.Closed => text["Closed"],
        ListColumn.Messages => text["Messages"],
        ListColumn.ClientRating => text["Client rating"],
        ListColumn.SupervisorRating => text["Supervisor rating"],
        ListColumn.InitialResponse => text["Initial response"],
        ListColumn.TotalResponse => text["Total response"],
        ListColumn.AverageResponse => text["Average response"],
        ListColumn.MaxResponse => text["Maximum response"],
        ListColumn.Late => text["Late answers"],
        _ => column.ToString(),
    };

    public string Status(ConversationStatus status) => status switch
    {
        ConversationStatus.Unassigned => text["Unassigned"],
        ConversationStatus.Assigned => text["Assigned"],
        ConversationStatus.Answered => text["Answered"],
        ConversationStatus.WaitingForClient => text["Waiting for the client"],
        ConversationStatus.Closed => text["Closed"],
        ConversationStatus.FullyClosed => text["Fully closed"],
        ConversationStatus.Spam => text["Spam"],
        ConversationStatus.WithBot => text["With the chatbot"],
        _ => status.ToString(),
    };

    public string Connector(ConnectorKind kind) => kind switch
    {
        ConnectorKind.LiveChat => text["Live chat"],
        ConnectorKind.Api => text["API"],
        ConnectorKind.Telegram => "Telegram",
        _ => kind.ToString(),
    };

    public string Rating(ClientRating? rating) => rating switch
    {
        Domain.Conversations.ClientRating.Like => text["Like"],
        Domain.Conversations.ClientRating.Dislike => text["Dislike"],
        _ => string.Empty,
    };

    /// <summary>A response time to the second: "45 s", "3 min 20 s", "2 h 5 min"; empty when there is none.</summary>
    public string Duration(double? seconds)
    {
        if (seconds is not { } value)
        {
            return string.Empty;
        }

        var span = TimeSpan.FromSeconds(Math.Round(value));
        return span switch
        {
            { TotalMinutes: < 1 } => text["{0} s", span.Seconds],
            { TotalHours: < 1 } => text["{0} min {1} s", (int)span.TotalMinutes, span.Seconds],
            { TotalDays: < 1 } => text["{0} h {1} min", (int)span.TotalHours, span.Minutes],
            _ => text["{0} d {1} h", (int)span.TotalDays, span.Hours],
        };
    }
}
