using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Api;
using OpenChannels.Web.Localization;
using OpenChannels.Web.Realtime;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// The public client API of the live-chat widget (CH-2). Anonymous by design: a visitor proves who they are with
/// the session token the widget keeps, always in the <c>X-Client-Token</c> header. What a browser opens without
/// headers (a file, a photo, the event stream) takes a short-lived signed link instead (<see cref="WidgetLinks"/>), so
/// the token never travels in a URL. Called from any website, so CORS is open and no cookie is used; a connector may
/// list the websites it runs on, and a request from any other <c>Origin</c> is refused.
/// </summary>
public static class WidgetEndpoints
{
    public const string CorsPolicy = "widget";
    public const string TokenHeader = "X-Client-Token";

    public static IEndpointRouteBuilder MapWidgetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var widget = endpoints.MapGroup("/api/widget/{key}")
            .AllowAnonymous()
            .RequireCors(CorsPolicy)
            .DisableAntiforgery()
            .WithTags("Live chat widget (public)");

        widget.MapGet("/config", async (string key, HttpContext http, WidgetService widgets, WidgetRateLimiter limiter) =>
        {
            using var lease = limiter.ForAddress(http);
            return !lease.IsAcquired ? WidgetRateLimiter.Refused(lease)
                : await widgets.ConfigAsync(key, UiCultures.AskedFor(http), OriginOf(http)) is var config && config.Succeeded ? Results.Ok(config.Value)
                : Problems.From(config.Error);
        });

        widget.MapPost("/sessions", async (string key, HttpContext http, WidgetService widgets, WidgetRateLimiter limiter) =>
        {
            // H1: whatever token the request carries, a new session counts against its address.
            using var lease = limiter.ForSession(http);
            if (!lease.IsAcquired)
            {
                return WidgetRateLimiter.Refused(lease);
            }

            var session = await widgets.StartSessionAsync(key, OriginOf(http));
            return session.Succeeded ? Results.Created((string?)null, new { token = session.Value }) : Problems.From(session.Error);
        });

        widget.MapGet("/messages", (string key, HttpContext http, WidgetService widgets) =>
            WithClientAsync(http, widgets, key, async client => Results.Ok(new { messages = await widgets.HistoryAsync(client) })));

        widget.MapPost("/messages", (string key, HttpContext http, WidgetService widgets) =>
            WithClientAsync(http, widgets, key, async client =>
            {
                var (body, tooLarge) = await WidgetJson.ReadAsync<SendMessageRequest>(http);
                if (tooLarge)
                {
                    return Problems.From(new RequestTooLarge(WidgetJson.MaxBytes));
                }

                if (body is null)
                {
                    return Problems.Invalid("body", "The body must be JSON like {\"id\": \"<a unique id>\", \"text\": \"Hello\"}.");
                }

                if (CheckId(body.Id) is { } invalid)
                {
                    return invalid;
                }

                var received = await widgets.ReceiveAsync(client, body.Id!, body.Text, attachment: null);
                return Stored(received);
            }));

        widget.MapGet("/client", (string key, HttpContext http, WidgetService widgets, ClientPrerequisiteService prerequisites) =>
            WithClientAsync(http, widgets, key, async client => Results.Ok(await prerequisites.StateAsync(client))));

        widget.MapPost("/consent", (string key, HttpContext http, WidgetService widgets, ClientPrerequisiteService prerequisites) =>
            WithClientAsync(http, widgets, key, async client =>
            {
                var (body, tooLarge) = await WidgetJson.ReadAsync<ConsentRequest>(http);
                if (tooLarge)
                {
                    return Problems.From(new RequestTooLarge(WidgetJson.MaxBytes));
                }

                if (body is not { AgreementId: >= 0, Version: > 0 })
                {
                    return Problems.Invalid("agreementId", "Send the agreement you accept as {\"agreementId\": 0, \"version\": 1}, as the configuration gives it.");
                }

                var accepted = await prerequisites.AcceptAsync(client, body.AgreementId, body.Version);
                return accepted.Succeeded ? Results.NoContent() : Problems.From(accepted.Error);
            }));

        widget.MapPost("/contact", (string key, HttpContext http, WidgetService widgets, ClientPrerequisiteService prerequisites) =>
            WithClientAsync(http, widgets, key, async client =>
            {
                var (body, tooLarge) = await WidgetJson.ReadAsync<ContactRequest>(http);
                if (tooLarge)
                {
                    return Problems.From(new RequestTooLarge(WidgetJson.MaxBytes));
                }

                var given = await prerequisites.GiveContactAsync(client, body?.Name, body?.Email, body?.Phone);
                return given.Succeeded ? Results.NoContent() : Problems.From(given.Error);
            }));

        widget.MapPost("/files", (string key, HttpContext http, WidgetService widgets, AttachmentStore files) =>
            WithClientAsync(http, widgets, key, client => ReceiveFileAsync(http, widgets, files, client)));

        widget.MapPost("/typing", (string key, HttpContext http, WidgetService widgets) =>
            WithClientAsync(http, widgets, key, async client =>
            {
                var (body, tooLarge) = await WidgetJson.ReadAsync<TypingRequest>(http);
                if (tooLarge)
                {
                    return Problems.From(new RequestTooLarge(WidgetJson.MaxBytes));
                }

                await widgets.TypingAsync(client, body?.Text);
                return Results.NoContent();
            }));

        widget.MapPost("/read", (string key, HttpContext http, WidgetService widgets) =>
            WithClientAsync(http, widgets, key, async client =>
            {
                await widgets.MarkReadAsync(client);
                return Results.NoContent();
            }));

        widget.MapGet("/rating", (string key, HttpContext http, WidgetService widgets, WidgetRatingService ratings) =>
            WithClientAsync(http, widgets, key, async client => Results.Ok(await ratings.StateAsync(client, UiCultures.AskedFor(http)))));

        widget.MapPost("/rating", (string key, HttpContext http, WidgetService widgets, WidgetRatingService ratings) =>
            WithClientAsync(http, widgets, key, async client =>
            {
                var (body, tooLarge) = await WidgetJson.ReadAsync<RateRequest>(http);
                if (tooLarge)
                {
                    return Problems.From(new RequestTooLarge(WidgetJson.MaxBytes));
                }

                if (body is not { ConversationId: > 0 } || !Enum.TryParse<ClientRating>(body.Rating, ignoreCase: true, out var rating) || !Enum.IsDefined(rating))
                {
                    return Problems.Invalid("rating", "Send the rating as {\"conversationId\": 1, \"rating\": \"like\"} or \"dislike\", with an optional \"comment\".");
                }

                var rated = await ratings.RateAsync(client, body.ConversationId, rating, body.Comment);
                return rated.Succeeded ? Results.Ok(await ratings.StateAsync(client, UiCultures.AskedFor(http))) : Problems.From(rated.Error);
            }));

        // H4: the browser's EventSource cannot send the token header, so the widget first asks for a signed link to open.
        widget.MapPost("/stream-link", (string key, HttpContext http, WidgetService widgets, WidgetLinks links) =>
            WithClientAsync(http, widgets, key, client =>
            {
                var (url, expiresAt) = links.Stream(client);
                return Task.FromResult(Results.Ok(new { url, expiresAt }));
            }));

        widget.MapGet("/events", (string key, HttpContext http, WidgetService widgets, ClientFeed feed, OpenStreams streams) =>
            WithClientOrLinkAsync(http, widgets, key, LinkKind.Stream, string.Empty, async client =>
            {
                using var slot = streams.TryOpen($"visitor:{client.ClientId}");
                if (slot is null)
                {
                    return Problems.From(new TooManyStreams());
                }

                await StreamEventsAsync(http, feed, client);
                return Results.Empty;
            }));

        widget.MapGet("/files/{messageId:long}", (string key, long messageId, HttpContext http, WidgetService widgets, AttachmentStore files) =>
            WithClientOrLinkAsync(http, widgets, key, LinkKind.File, messageId.ToString(CultureInfo.InvariantCulture), async client =>
                await widgets.FileAsync(client, messageId) is { } attachment && files.PathOf(attachment) is { } path
                    ? FileResults.Serve(http, path, attachment)
                    : Problems.Of(StatusCodes.Status404NotFound, "Not found.", "There is no such file in your conversations.")));

        widget.MapGet("/channel-photo", (string key, HttpContext http, WidgetService widgets, PhotoStore photos) =>
            WithClientOrLinkAsync(http, widgets, key, LinkKind.ChannelPhoto, string.Empty, async client =>
                photos.Find(await widgets.ChannelPhotoFileAsync(client)) is { } photo
                    ? Results.File(photo.Path, photo.ContentType)
                    : Results.NotFound()));

        widget.MapGet("/agents/{employeeId:int}/photo", (string key, int employeeId, HttpContext http, WidgetService widgets, PhotoStore photos) =>
            WithClientOrLinkAsync(http, widgets, key, LinkKind.AgentPhoto, employeeId.ToString(CultureInfo.InvariantCulture), async client =>
                photos.Find(await widgets.AgentPhotoFileAsync(client, employeeId)) is { } photo
                    ? Results.File(photo.Path, photo.ContentType)
                    : Results.NotFound()));

        return endpoints;
    }

    /// <summary>
    /// The website a browser says the request comes from; null from a server or an app, and for this app's own pages
    /// (its "Try it" page works whatever the connector's list says).
    /// </summary>
    private static string? OriginOf(HttpContext http) =>
        http.Request.Headers.Origin.FirstOrDefault() is { } origin
            && !string.Equals(origin, $"{http.Request.Scheme}://{http.Request.Host}", StringComparison.OrdinalIgnoreCase)
            ? origin
            : null;

    private static async Task<IResult> WithClientAsync(HttpContext http, WidgetService widgets, string key, Func<WidgetClient, Task<IResult>> action)
    {
        // H4: the token only ever in its header; a URL (a proxy's log, a shared link) never carries it.
        var token = http.Request.Headers[TokenHeader].FirstOrDefault();
        return await LimitedAsync(http, await widgets.ResolveAsync(key, token, OriginOf(http)), action);
    }

    /// <summary>A visitor by their token header, or by a signed link made for exactly this item (H4).</summary>
    private static async Task<IResult> WithClientOrLinkAsync(
        HttpContext http, WidgetService widgets, string key, LinkKind kind, string item, Func<WidgetClient, Task<IResult>> action)
    {
        if (http.Request.Query[WidgetLinks.QueryName].FirstOrDefault() is not { } link)
        {
            return await WithClientAsync(http, widgets, key, action);
        }

        var clientId = http.RequestServices.GetRequiredService<WidgetLinks>().ClientOf(link, key, kind, item);
        return await LimitedAsync(http, clientId is { } id ? await widgets.ResolveLinkAsync(key, id) : new LinkExpired(), action);
    }

    private static async Task<IResult> LimitedAsync(HttpContext http, Domain.Common.Result<WidgetClient> client, Func<WidgetClient, Task<IResult>> action)
    {
        // H1: the visitor's own allowance only once the token checked out; anything else counts against the address.
        var limiter = http.RequestServices.GetRequiredService<WidgetRateLimiter>();
        using (var lease = client.Succeeded ? limiter.ForClient(client.Value.ClientId) : limiter.ForAddress(http))
        {
            if (!lease.IsAcquired)
            {
                return WidgetRateLimiter.Refused(lease);
            }
        }

        return client.Succeeded ? await action(client.Value) : Problems.From(client.Error);
    }

    private static IResult? CheckId(string? id) =>
        string.IsNullOrWhiteSpace(id) ? Problems.Invalid("id", "Give each message a unique id, so that a retry is stored once.")
        : id.Length > Message.ClientMessageIdMaxLength ? Problems.Invalid("id", $"The id must be at most {Message.ClientMessageIdMaxLength} characters.")
        : null;

    private static IResult Stored(Domain.Common.Result<(WidgetMessage Message, bool Created)> received) =>
        !received.Succeeded ? Problems.From(received.Error)
        : received.Value.Created ? Results.Created((string?)null, received.Value.Message)
        : Results.Ok(received.Value.Message);

    /// <summary>Streams the multipart body: the size is refused from Content-Length, or while counting, never buffered.</summary>
    private static async Task<IResult> ReceiveFileAsync(HttpContext http, WidgetService widgets, AttachmentStore files, WidgetClient client)
    {
        const long overhead = 64 * 1024;
        if (http.Request.ContentLength > AttachmentStore.MaxBytes + overhead)
        {
            return Problems.From(new FileTooLarge("File", AttachmentStore.MaxBytes));
        }

        // H2: a visitor or a channel that has had its files for the day is refused before the body is read.
        var quota = http.RequestServices.GetRequiredService<UploadQuota>();
        if (await quota.CheckAsync(client, size: 0) is { } spent)
        {
            return Problems.From(spent);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = AttachmentStore.MaxBytes + overhead;
        }

        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return Problems.Invalid("file", "Send the file as multipart/form-data with the fields \"id\" and \"file\".");
        }

        string? id = null;
        Domain.Common.Result<Attachment>? saved = null;
        var reader = new MultipartReader(boundary, http.Request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                if (disposition?.Name.Value == "id")
                {
                    id = (await section.ReadAsStringAsync(http.RequestAborted)).Trim();
                }
                else if (disposition?.Name.Value == "file" && saved is null)
                {
                    saved = await files.SaveAsync(section.Body, disposition.FileName.Value ?? disposition.FileNameStar.Value, http.RequestAborted);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.From(new FileTooLarge("File", AttachmentStore.MaxBytes));
        }

        if (CheckId(id) is { } invalid)
        {
            Discard(files, saved);
            return invalid;
        }

        if (saved is null)
        {
            return Problems.Invalid("file", "The request has no \"file\" part.");
        }

        if (!saved.Value.Succeeded)
        {
            return Problems.From(saved.Value.Error);
        }

        if (await quota.CheckAsync(client, saved.Value.Value.Size) is { } over)
        {
            Discard(files, saved);
            return Problems.From(over);
        }

        var received = await widgets.ReceiveAsync(client, id!, text: null, saved.Value.Value);
        if (!received.Succeeded || !received.Value.Created)
        {
            Discard(files, saved);
        }

        return Stored(received);
    }

    private static void Discard(AttachmentStore files, Domain.Common.Result<Attachment>? saved)
    {
        if (saved is { Succeeded: true, Value: { } attachment })
        {
            files.Delete(attachment);
        }
    }

    private static async Task StreamEventsAsync(HttpContext http, ClientFeed feed, WidgetClient client)
    {
        var (events, subscription) = feed.Subscribe(client.ClientId);
        using (subscription)
        {
            await ServerSentEvents.StreamAsync(http, events, item => Task.FromResult<(string, object)?>((item.Name, item.Payload)));
        }
    }
}
