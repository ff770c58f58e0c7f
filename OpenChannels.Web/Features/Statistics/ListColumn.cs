namespace OpenChannels.Web.Features.Statistics;

/// <summary>A column of the conversation list; each can be shown or hidden, sorted by and exported (K-3).</summary>
public enum ListColumn
{
    Number,
    Channel,
    Connector,
    Client,
    Holder,
    Status,
    Opened,
    Closed,
    Messages,
    ClientRating,
    SupervisorRating,
    InitialResponse,
    TotalResponse,
    AverageResponse,
    MaxResponse,
    Late,
}
