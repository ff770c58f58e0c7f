using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace OpenChannels.Web.Features.Widget;

/// <summary>
/// L8: the widget's JSON bodies are small (a message is at most 4000 characters), so a body over
/// <see cref="MaxBytes"/> is refused from its Content-Length, or once that many bytes have come, never read further.
/// </summary>
public static class WidgetJson
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body as <typeparamref name="T"/>; Value is default when it is not such JSON, TooLarge when over the cap.</summary>
    public static async Task<(T? Value, bool TooLarge)> ReadAsync<T>(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBytes)
        {
            return (default, true);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        if (!http.Request.HasJsonContentType())
        {
            return (default, false);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= MaxBytes && (read = await http.Request.Body.ReadAsync(buffer.AsMemory(length, MaxBytes + 1 - length), http.RequestAborted)) > 0)
            {
                length += read;
            }

            if (length > MaxBytes)
            {
                return (default, true);
            }

            return (JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), JsonSerializerOptions.Web), false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, true);
        }
        catch (JsonException)
        {
            return (default, false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
