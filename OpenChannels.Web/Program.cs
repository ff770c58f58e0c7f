using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;
using OpenChannels.Web.Api;
using OpenChannels.Web.Components;
using OpenChannels.Web.Connectors.Api;
using OpenChannels.Web.Connectors.Telegram;
using OpenChannels.Web.Data;
using OpenChannels.Web.Features;
using OpenChannels.Web.Features.Widget;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Infrastructure;
using OpenChannels.Web.Jobs;
using OpenChannels.Web.Localization;
using OpenChannels.Web.Testing;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddOperatorSettings();

// Serves MudBlazor's and Blazor's files from the build output too; a no-op in published output.
builder.WebHost.UseStaticWebAssets();

builder.AddOpenChannelsDatabase()
    .AddOpenChannelsIdentity()
    .AddOpenChannelsJobs();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddTestingSupport();
builder.Services.AddFeatureServices();

// The operator's CRM settings are checked now: a bad value stops the start with a message naming it.
builder.Services.AddSingleton(OpenChannels.Web.Features.CrmLinks.CrmSettings.From(builder.Configuration));
builder.Services.AddOpenChannelsLocalization();
builder.Services.AddMudServices(options =>
{
    // Top centre, over the empty middle of the app bar: corners hold the pages' main buttons (New …, Save, Send).
    options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.TopCenter;
    options.SnackbarConfiguration.VisibleStateDuration = 4000;
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenChannelsForwardedHeaders(builder.Configuration);
builder.Services.AddOpenChannelsHttps(builder.Configuration);
builder.Services.AddWidgetRateLimiting(builder.Configuration);
builder.Services.AddCors(options => options.AddPolicy(
    WidgetEndpoints.CorsPolicy,
    policy => policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "OpenChannels API";
    document.Info.Description = "The public live-chat widget API, the agent REST API (personal access token) and the bot API (a webhook bot's token; the events it receives are described under its tag).";
    BotApiDocument.Describe(document);
    return Task.CompletedTask;
}));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
app.UseForwardedHeaders();
app.WarnIfDataFolderIsOpen();

await app.Services.MigrateDatabaseAsync();
await app.Services.BootstrapAdministratorAsync();
JobSchedule.RegisterRecurringJobs(app.Services);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseOpenChannelsHttps();
app.UseMiddleware<SecurityHeaders>();
app.UseOpenChannelsLocalization();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseMiddleware<FirstRunGate>();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<TwoFactorEnrolmentGate>();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks(HttpsSetup.HealthPath, new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
app.MapAccountEndpoints();
app.MapCultureEndpoints();
app.MapFeatureEndpoints();
app.MapWidgetEndpoints();
app.MapDemoPage();
app.MapAgentApi();
app.MapBotApi();
app.MapApiInbox();
app.MapTelegramWebhook();
app.MapTestingEndpoints();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapJobDashboard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>The host; public so integration tests can start it.</summary>
public partial class Program;
