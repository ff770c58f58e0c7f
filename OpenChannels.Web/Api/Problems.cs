using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Consent;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Features.Widget;

namespace OpenChannels.Web.Api;

/// <summary>Every API error is an RFC 7807 problem document with a status that says what kind of error it is.</summary>
public static class Problems
{
    public static IResult From(Error error) => error switch
    {
        InvalidInput invalid => Results.ValidationProblem(
            new Dictionary<string, string[]> { [invalid.Field] = [invalid.Reason] },
            detail: invalid.Reason,
            title: "The request is not valid."),
        InvalidFields invalid => Results.ValidationProblem(
            invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()),
            detail: invalid.Message,
            title: "The request is not valid."),
        UnknownClient => Of(StatusCodes.Status401Unauthorized, "Unknown chat session.", error.Message),

        // The widget reads "code" to show the agreement or the contact form instead of the message box.
        ConsentRequired consent => Coded(StatusCodes.Status403Forbidden, "The agreement must be accepted first.", error.Message, "consent-required", consent.Terms),
        ContactDetailsRequired => Coded(StatusCodes.Status403Forbidden, "Contact details are needed first.", error.Message, "contact-required"),
        UnknownConnector or NotFound => Of(StatusCodes.Status404NotFound, "Not found.", error.Message),
        ConversationTaken or ConversationFinished or Conflict => Of(StatusCodes.Status409Conflict, "Conflict.", error.Message),
        _ => Of(StatusCodes.Status400BadRequest, "The request cannot be carried out.", error.Message),
    };

    public static IResult Of(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    private static IResult Coded(int status, string title, string detail, string code, AgreementTerms? agreement = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code, ["agreement"] = agreement });

    public static IResult Invalid(string field, string reason) => From(new InvalidInput(field, reason));
}
