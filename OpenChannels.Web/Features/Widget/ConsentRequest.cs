namespace OpenChannels.Web.Features.Widget;

/// <summary>C-1: the agreement the visitor accepts, as the widget configuration gave it (0 is the built-in one).</summary>
public sealed record ConsentRequest(int AgreementId, int Version);
