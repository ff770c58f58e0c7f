namespace OpenChannels.Web.Features.Crm;

/// <summary>The texts of the CRM pages, cards and dialogs (CRM-1), in every language (resources beside this class).</summary>
public sealed class CrmText;
