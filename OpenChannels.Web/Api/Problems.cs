using OpenChannels.Domain.Common;
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
        UnknownClient => Of(StatusCodes.Status401Unauthorized, "Unknown chat session.", error.Message),
        UnknownConnector or NotFound => Of(StatusCodes.Status404NotFound, "Not found.", error.Message),
        ConversationTaken or ConversationFinished or Conflict => Of(StatusCodes.Status409Conflict, "Conflict.", error.Message),
        _ => Of(StatusCodes.Status400BadRequest, "The request cannot be carried out.", error.Message),
    };

    public static IResult Of(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult Invalid(string field, string reason) => From(new InvalidInput(field, reason));
}
