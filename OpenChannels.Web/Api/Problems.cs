using System.Text.RegularExpressions;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Consent;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Features.Widget;
using OpenChannels.Web.Localization;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Api;

/// <summary>
/// Every API error is an RFC 7807 problem document with a status that says what kind of error it is, and a stable
/// machine-readable <c>code</c> named after the error (<c>conversation-taken</c>, <c>file-too-large</c>…) that clients
/// may act on; the widget reads it to show the agreement or the contact form.
/// </summary>
public static partial class Problems
{
    public static IResult From(Error error) => error switch
    {
        InvalidInput invalid => Validation(new Dictionary<string, Error[]> { [invalid.Field] = [invalid] }, error),
        InvalidFields invalid => Validation(invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => (Error)e).ToArray()), error),
        UnknownClient => Coded(StatusCodes.Status401Unauthorized, "Unknown chat session.", error),
        LinkExpired => Coded(StatusCodes.Status401Unauthorized, "The link has expired.", error),
        ConsentRequired consent => Coded(StatusCodes.Status403Forbidden, "The agreement must be accepted first.", error, consent.Terms),
        ContactDetailsRequired => Coded(StatusCodes.Status403Forbidden, "Contact details are needed first.", error),
        UnknownConnector or NotFound => Coded(StatusCodes.Status404NotFound, "Not found.", error),
        RequestTooLarge => Coded(StatusCodes.Status413PayloadTooLarge, "The request is too large.", error),
        FileTooLarge => Coded(StatusCodes.Status413PayloadTooLarge, "The file is too large.", error),
        HeldByColleague or Domain.Access.NotPermitted => Coded(StatusCodes.Status403Forbidden, "Forbidden.", error),
        OriginNotAllowed => Coded(StatusCodes.Status403Forbidden, "This website may not use this chat.", error),
        InsufficientStorage => Coded(StatusCodes.Status507InsufficientStorage, "Insufficient storage.", error),
        UploadQuotaReached => Coded(StatusCodes.Status429TooManyRequests, "Upload quota reached.", error),
        TooManyRequests => Coded(StatusCodes.Status429TooManyRequests, "Too many requests.", error),
        Realtime.TooManyStreams => Coded(StatusCodes.Status429TooManyRequests, "Too many streams.", error),
        ConversationTaken or ConversationFinished or AlreadyWithColleague or AlreadyInChannel or NotTheHolder or MessageAlreadyDeleted
            or NotYourMessage or Conflict or Domain.Access.NobodyLeftToChangeRights or Domain.Bots.NotWithBot => Coded(StatusCodes.Status409Conflict, "Conflict.", error),
        AlreadyRated or RatingClosed or RatingNotOffered => Coded(StatusCodes.Status409Conflict, "The conversation cannot be rated.", error),
        _ => Coded(StatusCodes.Status400BadRequest, "The request cannot be carried out.", error),
    };

    /// <summary>The error's stable code: its type name in kebab case; two names older than the rule are kept as they were.</summary>
    public static string CodeOf(Error error) => error switch
    {
        ContactDetailsRequired => "contact-required",
        InvalidFields => "invalid-input",
        _ => WordStart().Replace(error.GetType().Name, "-$1").ToLowerInvariant(),
    };

    public static IResult Of(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult Invalid(string field, string reason) => From(new InvalidInput(field, reason));

    /// <summary>The error's problem with a <c>Retry-After</c> header: when asking again can succeed (429, 503…).</summary>
    public static IResult RetryLater(Error error, TimeSpan wait) => new WithRetryAfter(From(error), wait);

    private static IResult Validation(Dictionary<string, Error[]> errors, Error error) => new Localized(messages =>
        Results.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.Select(messages.Of).ToArray()),
            detail: messages.Of(error),
            title: "The request is not valid.",
            extensions: new Dictionary<string, object?> { ["code"] = CodeOf(error) }));

    private static IResult Coded(int status, string title, Error error, AgreementTerms? agreement = null) => new Localized(messages =>
    {
        var extensions = new Dictionary<string, object?> { ["code"] = CodeOf(error) };
        if (agreement is not null)
        {
            extensions["agreement"] = agreement;
        }

        return Results.Problem(statusCode: status, title: title, detail: messages.Of(error), extensions: extensions);
    });

    /// <summary>
    /// A problem whose texts are written when it is sent, in the request's language (the caller's <c>Accept-Language</c>;
    /// the live chat sends its own): a person may read the detail, a program reads the <c>code</c>.
    /// </summary>
    private sealed class Localized(Func<ErrorMessages, IResult> problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            problem(httpContext.RequestServices.GetRequiredService<ErrorMessages>()).ExecuteAsync(httpContext);
    }

    private sealed class WithRetryAfter(IResult problem, TimeSpan wait) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
