namespace OpenChannels.Web.Features.Conversations;

/// <summary>M-5 "Save to CRM": the client's contact data, and optionally a deal made from the conversation.</summary>
public sealed class SaveToCrmForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool CreateDeal { get; set; }

    public string? DealTitle { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "EUR";
}
