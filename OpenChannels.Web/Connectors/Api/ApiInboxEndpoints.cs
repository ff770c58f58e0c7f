using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Api;
using OpenChannels.Web.Features.Widget;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Connectors.Api;

/// <summary>
/// The API connector's HTTP inbox (CH-1, docs/api/inbox.md): <c>POST /api/inbox/{key}/messages</c> with
/// <c>Authorization: Bearer ocapi_…</c> (shown once when the connector is made). JSON, or multipart/form-data with a
/// <c>message</c> part (the same JSON) and a <c>file</c> part. 201 for a new message, 200 with the same receipt for a
/// repeated id; errors are RFC 7807 problem details. Replies and events go to the connector's webhook.
/// </summary>
public static class ApiInboxEndpoints
{
    private const string ConnectorIdKey = "OpenChannels.ApiConnectorId";
    private const string Example = "{\"id\": \"<your message id>\", \"client\": {\"id\": \"<your id for the person>\", \"name\": \"Alice\"}, \"text\": \"Hello\"}";

    public static IEndpointRouteBuilder MapApiInbox(this IEndpointRouteBuilder endpoints)
    {
        var inbox = endpoints.MapGroup("/api/inbox/{key}")
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter(AuthenticateAsync);

        inbox.MapPost("/messages", async (HttpContext http, ApiInboxService inbox, AttachmentFetcher fetcher, AttachmentStore files) =>
        {
            var connectorId = (int)http.Items[ConnectorIdKey]!;
            var multipart = http.Request.HasFormContentType;
            var (request, upload, problem) = multipart ? await ReadMultipartAsync(http, files) : await ReadJsonAsync(http);
            if (problem is not null)
            {
                return problem;
            }

            if (Check(request!, upload is not null) is { } invalid)
            {
                Discard(files, upload);
                return invalid;
            }

            var clientId = request!.Client!.Id!.Trim();
            if (await inbox.EarlierAsync(connectorId, clientId, request.Id!) is { } earlier)
            {
                Discard(files, upload);
                return Results.Ok(earlier);
            }

            var attachment = upload;
            if (attachment is null && request.Attachment?.Url is { } url)
            {
                var fetched = await fetcher.FetchAsync(url, request.Attachment.Name, http.RequestAborted);
                if (!fetched.Succeeded)
                {
                    return Problems.From(fetched.Error);
                }

                attachment = fetched.Value;
            }

            var received = await inbox.ReceiveAsync(connectorId, request.Client, request.Id!, request.Text, attachment);
            if (!received.Succeeded || !received.Value.Created)
            {
                Discard(files, attachment);
            }

            return !received.Succeeded ? Problems.From(received.Error)
                : received.Value.Created ? Results.Created((string?)null, received.Value)
                : Results.Ok(received.Value);
        });

        inbox.MapGet("/messages/{messageId:long}/file", async (long messageId, HttpContext http, ApiInboxService inbox, AttachmentStore files) =>
            await inbox.FileAsync((int)http.Items[ConnectorIdKey]!, messageId) is { } attachment && files.PathOf(attachment) is { } path
                ? FileResults.Serve(http, path, attachment)
                : Problems.Of(StatusCodes.Status404NotFound, "Not found.", "There is no such file in this connector's conversations."));

        return endpoints;
    }

    private static IResult? Check(InboxMessageRequest request, bool hasUpload) =>
        string.IsNullOrWhiteSpace(request.Id) ? Problems.Invalid("id", "Give each message your own unique id, so that a retry is stored once.")
        : request.Id.Length > Message.ClientMessageIdMaxLength ? Problems.Invalid("id", $"The id must be at most {Message.ClientMessageIdMaxLength} characters.")
        : string.IsNullOrWhiteSpace(request.Client?.Id) ? Problems.Invalid("client.id", "Name the client with your own id for them: {\"client\": {\"id\": \"…\"}}.")
        : request.Client.Id.Trim().Length > Client.ExternalIdMaxLength ? Problems.Invalid("client.id", $"The client's id must be at most {Client.ExternalIdMaxLength} characters.")
        : string.IsNullOrWhiteSpace(request.Text) && !hasUpload && string.IsNullOrWhiteSpace(request.Attachment?.Url) ? Problems.Invalid("text", "Send a text, a file, or both.")
        : request.Text?.Length > Message.TextMaxLength ? Problems.Invalid("text", $"A message has at most {Message.TextMaxLength} characters.")
        : null;

    private static async Task<(InboxMessageRequest?, Attachment?, IResult?)> ReadJsonAsync(HttpContext http)
    {
        var (body, tooLarge) = await WidgetJson.ReadAsync<InboxMessageRequest>(http);
        return tooLarge ? (null, null, Problems.From(new RequestTooLarge(WidgetJson.MaxBytes)))
            : body is null ? (null, null, Problems.Invalid("body", "The body must be JSON like " + Example + "."))
            : (body, null, null);
    }

    /// <summary>Streams the multipart body: the file is refused by its size while it comes, never buffered.</summary>
    private static async Task<(InboxMessageRequest?, Attachment?, IResult?)> ReadMultipartAsync(HttpContext http, AttachmentStore files)
    {
        const long overhead = 64 * 1024;
        if (http.Request.ContentLength > AttachmentStore.MaxBytes + overhead)
        {
            return (null, null, Problems.From(new FileTooLarge("file", AttachmentStore.MaxBytes)));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = AttachmentStore.MaxBytes + overhead;
        }

        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, null, Problems.Invalid("body", "Send multipart/form-data with a \"message\" part (JSON) and a \"file\" part."));
        }

        InboxMessageRequest? request = null;
        Result<Attachment>? saved = null;
        var reader = new MultipartReader(boundary, http.Request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                if (disposition?.Name.Value == "message")
                {
                    request = Parse(await section.ReadAsStringAsync(http.RequestAborted));
                }
                else if (disposition?.Name.Value == "file" && saved is null)
                {
                    saved = await files.SaveAsync(section.Body, disposition.FileName.Value ?? disposition.FileNameStar.Value, http.RequestAborted);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Discard(files, saved is { Succeeded: true } s ? s.Value : null);
            return (null, null, Problems.From(new FileTooLarge("file", AttachmentStore.MaxBytes)));
        }

        var upload = saved is { Succeeded: true } ok ? ok.Value : null;
        if (saved is { Succeeded: false } failed)
        {
            return (null, null, Problems.From(failed.Error));
        }

        if (request is null)
        {
            Discard(files, upload);
            return (null, null, Problems.Invalid("message", "The \"message\" part must be JSON like " + Example + "."));
        }

        return (request, upload, null);
    }

    private static InboxMessageRequest? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<InboxMessageRequest>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Discard(AttachmentStore files, Attachment? attachment)
    {
        if (attachment is not null)
        {
            files.Delete(attachment);
        }
    }

    private static async ValueTask<object?> AuthenticateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var token = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
        var key = http.Request.RouteValues["key"] as string ?? string.Empty;
        var limiter = http.RequestServices.GetRequiredService<ApiInboxRateLimiter>();
        using (var allowed = limiter.BeforeSignIn(http))
        {
            if (!allowed.IsAcquired)
            {
                return WidgetRateLimiter.Refused(allowed);
            }
        }

        var connectorId = await http.RequestServices.GetRequiredService<ApiInboxService>().ConnectorForAsync(key, token);
        if (connectorId is null)
        {
            limiter.SignInFailed(http);
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Of(StatusCodes.Status401Unauthorized, "Unauthorized.", "Give the connector's token: Authorization: Bearer ocapi_….");
        }

        using var lease = limiter.ForConnector(connectorId.Value);
        if (!lease.IsAcquired)
        {
            return WidgetRateLimiter.Refused(lease);
        }

        http.Items[ConnectorIdKey] = connectorId.Value;
        return await next(context);
    }
}
