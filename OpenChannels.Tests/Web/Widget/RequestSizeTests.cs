using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenChannels.Tests.Support;

namespace OpenChannels.Tests.Web.Widget;

/// <summary>L8: the widget's JSON routes refuse a body over 64 KB, without reading a large one.</summary>
public sealed class RequestSizeTests : IAsyncLifetime
{
    private const int ThirtyMegabytes = 30 * 1024 * 1024;

    private readonly TestApp _app = new();
    private readonly BodyReadCounter _counter = new();
    private WebApplicationFactory<Program> _server = default!;
    private string _base = default!;
    private HttpClient _http = default!;

    public async Task InitializeAsync()
    {
        _server = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(_counter)));
        var key = (await Scenario.CreateAsync(_app)).Key;
        _http = _server.CreateClient();
        var session = await _http.PostAsync($"/api/widget/{key}/sessions", null);
        var token = System.Text.Json.JsonDocument.Parse(await session.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
        _http.DefaultRequestHeaders.Add("X-Client-Token", token);
        _base = $"/api/widget/{key}";
    }

    public Task DisposeAsync()
    {
        _server.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("messages")]
    [InlineData("consent")]
    [InlineData("contact")]
    [InlineData("typing")]
    public async Task AThirtyMegabyteBody_WithItsLength_Is413_Unread(string route)
    {
        var content = new ByteArrayContent(new byte[ThirtyMegabytes]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _http.PostAsync($"{_base}/{route}", content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await WidgetVisitor.ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("request-too-large");
        problem.GetProperty("detail").GetString().ShouldBe("The request is larger than 64 KB.");
        _counter.Read.ShouldBe(0, "refused from the length, not read");
    }

    [Fact]
    public async Task AThirtyMegabyteBody_WithoutALength_IsReadNoFurtherThanTheCap_AndStoresNothing()
    {
        var json = new MemoryStream([.. """{"id":"big","text":" """u8, .. Enumerable.Repeat((byte)'x', ThirtyMegabytes)]);
        var content = new StreamContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;

        var response = await _http.PostAsync($"{_base}/messages", content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        _counter.Read.ShouldBeLessThanOrEqualTo(64 * 1024 + 1);
        (await _app.QueryAsync(db => db.Messages.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task ABodyJustUnderTheCap_IsRead()
    {
        var json = $$"""{"id":"near-cap","text":"{{new string('x', 4000)}}"}{{new string(' ', (64 * 1024) - 4100)}}""";

        var response = await _http.PostAsync($"{_base}/messages", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    /// <summary>Counts the bytes the app reads of the widget's request bodies.</summary>
    private sealed class BodyReadCounter : IStartupFilter
    {
        private long _read;

        public long Read => Interlocked.Read(ref _read);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Path.StartsWithSegments("/api/widget") && !context.Request.Path.Value!.EndsWith("/sessions", StringComparison.Ordinal))
                {
                    context.Request.Body = new CountingStream(context.Request.Body, n => Interlocked.Add(ref _read, n));
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CountingStream(Stream inner, Action<int> counted) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Counted(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Counted(int read)
        {
            counted(read);
            return read;
        }
    }
}
