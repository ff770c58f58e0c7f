namespace OpenChannels.Domain.Crm;

/// <summary>
/// Who answers for the CRM items a conversation touches (Q-9, Q-10, A-2; seeds 000 and 003). Items that existed before
/// the conversation never change hands because of it; items it created follow these rules.
/// </summary>
public static class ChatResponsibility
{
    /// <summary>
    /// the recognised client's responsible person: of their newest open deal, else of their newest open lead, else
    /// of the contact itself.
    /// </summary>
    public static int? ForRouting(int? contactResponsible, IEnumerable<(DateTimeOffset CreatedAt, int? ResponsibleId)> openDeals, IEnumerable<(DateTimeOffset CreatedAt, int? ResponsibleId)> openLeads) =>
        Newest(openDeals) ?? Newest(openLeads) ?? contactResponsible;

    /// <summary>
    /// The first agent to accept the conversation becomes responsible for what it created and nobody answers for yet —
    /// except an item the contact form created when the channel's form says the accepting agent does not.
    /// </summary>
    public static bool AcceptorTakes(CreatedVia via, int? currentResponsible, bool formMakesAcceptorResponsible) =>
        currentResponsible is null && via switch
        {
            CreatedVia.Automatically or CreatedVia.Agent => true,
            CreatedVia.ContactForm => formMakesAcceptorResponsible,
            _ => false,
        };

    /// <summary>Q-10: on a manual transfer, the transferee takes over what the conversation created, when the channel says so.</summary>
    public static bool TransfereeTakes(CreatedVia via, bool transfereeBecomesResponsible) =>
        transfereeBecomesResponsible && via is CreatedVia.Automatically or CreatedVia.Agent or CreatedVia.ContactForm;

    private static int? Newest(IEnumerable<(DateTimeOffset CreatedAt, int? ResponsibleId)> items) =>
        items.Where(i => i.ResponsibleId is not null).OrderByDescending(i => i.CreatedAt).Select(i => i.ResponsibleId).FirstOrDefault();
}
