using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Access;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Access;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Employees;
using OpenChannels.Web.Features.Routing;
using OpenChannels.Web.Identity;

namespace OpenChannels.Tests.Web.Identity;

/// <summary>
/// P-6: who may reach what, as one table. Every endpoint of the app's own endpoint data source must have a rule here —
/// a new page or endpoint without one fails — and every page is requested for real by each kind of person: anonymous,
/// the three predefined roles, a custom role with everything at its least, a holder through a department and a holder
/// through a group. A second table does the same for one conversation, by whose it is.
/// </summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private const string Public = "(anyone)";

    /// <summary>
    /// Which policy guards each route (all its methods: a page answers GET and its forms' POST). Endpoints open to anyone
    /// without an authorization decision of their own (the widget's and the bots' APIs, the framework's files) are AuthorizationTests'.
    /// </summary>
    private static readonly Dictionary<string, string> Rules = new()
    {
        // The sign-in pages and the pages shown before it: every page carries the Employee policy, these lift it.
        ["/account/login"] = Public,
        ["/account/logout"] = Public,
        ["/setup"] = Public,
        ["/error"] = Public,
        ["/not-found"] = Public,

        // Pages.
        ["/"] = Policies.Employee,
        ["/contact-center"] = Policies.Employee,
        ["/contact-center/{ConversationId:int}"] = Policies.Employee,
        ["/profile"] = Policies.Employee,
        ["/account/access-denied"] = Policies.Employee,
        ["/open-channels"] = Policies.OpenChannels,
        ["/open-channels/{ChannelId:int}"] = Policies.OpenChannels,
        ["/open-channels/access-rights"] = Policies.Settings,
        ["/reports"] = Policies.Statistics,
        ["/employees"] = Policies.Settings,
        ["/employees/groups"] = Policies.Settings,
        ["/departments"] = Policies.Settings,
        ["/settings"] = Policies.Settings,
        ["/settings/api-tokens"] = Policies.Settings,
        ["/api-tokens"] = Policies.Settings,
        ["/jobs/{**path}"] = Policies.Settings,
        ["/bots"] = Policies.Settings,
        ["/bots/{BotId:int}"] = Policies.Settings,
        ["/conversations"] = Policies.Statistics,
        ["/crm"] = Policies.Crm,
        ["/crm/contacts/{Id:int}"] = Policies.Crm,
        ["/crm/companies/{Id:int}"] = Policies.Crm,
        ["/crm/leads/{Id:int}"] = Policies.Crm,
        ["/crm/deals/{Id:int}"] = Policies.Crm,

        // The conversation list's export: its CSV stream, and a background export's file (its asker's only).
        ["/conversations/export.csv"] = Policies.Statistics,
        ["/conversations/exports/{id:int}"] = Policies.Statistics,

        // Files and photos for signed-in employees; each checks the conversation or channel itself.
        ["/conversations/{conversationId:int}/files/{messageId:long}"] = Policies.Employee,
        ["/employees/{id:int}/photo"] = Policies.Employee,
        ["/open-channels/{id:int}/agent-photo"] = Policies.OpenChannels,

        // Each report card's table as CSV; what it counts, the statistics scope decides.
        ["/reports/{table}.csv"] = Policies.Statistics,

        // The agent API, with personal access tokens.
        ["/api/v1/conversations/"] = Policies.ApiEmployee,
        ["/api/v1/conversations/{id:int}"] = Policies.ApiEmployee,
        ["/api/v1/conversations/{id:int}/messages"] = Policies.ApiEmployee,
        ["/api/v1/conversations/{id:int}/accept"] = Policies.ApiEmployee,
        ["/api/v1/conversations/{id:int}/close"] = Policies.ApiEmployee,
        ["/api/v1/conversations/{id:int}/spam"] = Policies.ApiEmployee,
        ["/api/v1/conversations/{id:int}/transfer"] = Policies.ApiEmployee,
        ["/api/v1/conversations/{id:int}/rating"] = Policies.ApiEmployee,
        ["/api/v1/events"] = Policies.ApiEmployee,
    };

    /// <summary>
    /// Every page, requested by each person. ok: 200; login: sent to sign in; denied: sent to "access denied".
    /// director holds Director; manager holds Manager and is in the channel's queue; none holds a custom role with
    /// everything at its least; dept holds a custom role (change access rights) through their department; group holds
    /// Director through a group.
    /// </summary>
    private const string Pages = """
        route                            anon    admin   director manager none    dept    group
        /                                login   ok      ok       ok      ok      ok      ok
        /contact-center                  login   ok      ok       ok      ok      ok      ok
        /profile                         login   ok      ok       ok      ok      ok      ok
        /account/access-denied           login   ok      ok       ok      ok      ok      ok
        /open-channels                   login   ok      ok       ok      denied  denied  ok
        /open-channels/{channel}         login   ok      ok       ok      denied  denied  ok
        /open-channels/access-rights     login   ok      denied   denied  denied  ok      denied
        /reports                         login   ok      ok       ok      denied  denied  ok
        /employees                       login   ok      denied   denied  denied  ok      denied
        /employees/groups                login   ok      denied   denied  denied  ok      denied
        /departments                     login   ok      denied   denied  denied  ok      denied
        /settings                        login   ok      denied   denied  denied  ok      denied
        /settings/api-tokens             login   ok      denied   denied  denied  ok      denied
        /api-tokens                      login   ok      denied   denied  denied  ok      denied
        /jobs                            login   ok      denied   denied  denied  ok      denied
        /bots                            login   ok      denied   denied  denied  ok      denied
        /conversations                   login   ok      ok       ok      denied  denied  ok
        /conversations/export.csv        login   ok      ok       ok      denied  denied  ok
        /crm                             login   ok      ok       ok      denied  denied  ok
        /crm/contacts/{item}             login   ok      ok       ok      denied  denied  ok
        /crm/companies/{item}            login   ok      ok       ok      denied  denied  ok
        /crm/leads/{item}                login   ok      ok       ok      denied  denied  ok
        /crm/deals/{item}                login   ok      ok       ok      denied  denied  ok
        """;

    /// <summary>
    /// One conversation through the agent API, by whose it is: the person's own, a colleague's of their department
    /// (manager's and none's department is Sales, as the colleague's), or someone's of another department. ok: 200;
    /// hidden: 404, the same answer as for a conversation that does not exist.
    /// </summary>
    private const string Conversations = """
        whose       admin   director manager none    dept    group
        own         ok      ok       ok      ok      ok      ok
        colleague   ok      ok       hidden  hidden  hidden  ok
        other       ok      ok       hidden  hidden  hidden  ok
        """;

    private readonly TestApp _app = new();
    private readonly Dictionary<string, int> _people = [];
    private int _channel;

    public async Task InitializeAsync()
    {
        _ = _app.Server;
        var departments = _app.Get<DepartmentService>();
        var sales = (await departments.CreateAsync(new DepartmentForm { Name = "Sales" })).ShouldSucceed();
        var admins = (await departments.CreateAsync(new DepartmentForm { Name = "Office" })).ShouldSucceed();
        var support = (await departments.CreateAsync(new DepartmentForm { Name = "Support" })).ShouldSucceed();
        _people["admin"] = await _app.QueryAsync(db => db.Users.Where(u => u.Email == TestApp.AdminEmail).Select(u => u.EmployeeId).SingleAsync());
        foreach (var (name, department) in new[] { ("director", (int?)null), ("manager", sales), ("none", sales), ("dept", admins), ("group", null), ("colleague", sales), ("other", support) })
        {
            _people[name] = (await _app.Get<EmployeeService>().CreateAsync(new EmployeeForm
            {
                FirstName = name,
                Email = $"{name}@example.test",
                Password = "agent-pass-1",
                DepartmentId = department,
            })).ShouldSucceed();
        }

        await _app.GiveRoleAsync(RoleKind.Director, HolderKind.Employee, _people["director"]);
        await _app.GiveRoleAsync(RoleKind.Manager, HolderKind.Employee, _people["manager"]);
        await _app.GiveCustomRoleAsync("Nothing", new Dictionary<Permission, AccessLevel>(), HolderKind.Employee, _people["none"]);
        await _app.GiveCustomRoleAsync("Rights keeper", new Dictionary<Permission, AccessLevel> { [Permission.ChangeAccessRights] = AccessLevel.All }, HolderKind.Department, admins);
        var supervisors = (await _app.Get<EmployeeGroupService>().CreateAsync("Supervisors", [_people["group"]])).ShouldSucceed();
        await _app.GiveRoleAsync(RoleKind.Director, HolderKind.Group, supervisors);

        _channel = (await _app.Get<OpenChannelService>().CreateAsync("Website")).ShouldSucceed();
        (await _app.Get<QueueSettingsService>().ReplaceQueueAsync(_channel, [.. _people.Values])).ShouldSucceed();
        await _app.Get<ConnectorService>().AddLiveChatAsync(_channel, "Website chat");
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void EveryEndpoint_HasARuleHere_AndIsGuardedByIt()
    {
        var endpoints = _app.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal)))
            .Where(e => e.Metadata.OfType<IAuthorizeData>().Any())
            .ToList();

        var found = endpoints.Select(e => (Key: Route(e), Policy: GuardOf(e))).Distinct().ToList();

        found.Where(e => !Rules.ContainsKey(e.Key)).Select(e => $"{e.Key} ({e.Policy})").ShouldBeEmpty("These endpoints have no rule in the matrix");
        found.Where(e => Rules.TryGetValue(e.Key, out var rule) && rule != e.Policy).Select(e => $"{e.Key}: {e.Policy}, the matrix says {Rules[e.Key]}")
            .ShouldBeEmpty("These endpoints are guarded otherwise than the matrix says");
        Rules.Keys.Except(found.Select(e => e.Key)).ShouldBeEmpty("The matrix names endpoints that do not exist");
    }

    [Fact]
    public async Task EveryPage_AnswersEachPerson_AsTheTableSays()
    {
        var table = Table(Pages);
        var pages = _app.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Methods(e).Contains("GET") && Rules.TryGetValue(Route(e), out var rule) && rule != Policies.ApiEmployee && rule != Public)
            .Select(e => PathOf(Route(e)))
            .Where(path => path is not null)
            .ToHashSet();
        pages.Except(table.Keys).ShouldBeEmpty("These pages have no row in the table");

        var wrong = new List<string>();
        foreach (var person in table.First().Value.Keys)
        {
            var client = person == "anon" ? _app.AnonymousClient() : await ClientOfAsync(person);
            foreach (var (route, expected) in table)
            {
                var response = await client.GetAsync(route.Replace("{channel}", _channel.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("{item}", "1", StringComparison.Ordinal));
                var actual = response.StatusCode == HttpStatusCode.OK ? "ok"
                    : response.Headers.Location?.AbsolutePath == AccountEndpoints.LoginPath ? "login"
                    : response.Headers.Location?.AbsolutePath == "/account/access-denied" ? "denied"
                    : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (actual != expected[person])
                {
                    wrong.Add($"{route} as {person}: {actual}, the table says {expected[person]}");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task OneConversation_AnswersEachPerson_ByWhoseItIs_AsTheTableSays()
    {
        var table = Table(Conversations);
        var wrong = new List<string>();
        foreach (var person in table.First().Value.Keys)
        {
            var api = await _app.ApiClientAsync($"{(person == "admin" ? "admin" : person)}@example.test");
            foreach (var (whose, expected) in table)
            {
                var holder = whose switch
                {
                    "own" => _people[person],
                    "colleague" => _people["colleague"],
                    _ => _people["other"],
                };
                var conversation = await ConversationHeldByAsync(holder);
                var response = await api.GetAsync($"/api/v1/conversations/{conversation}");
                var actual = response.StatusCode switch
                {
                    HttpStatusCode.OK => "ok",
                    HttpStatusCode.NotFound => "hidden",
                    _ => ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                if (actual != expected[person])
                {
                    wrong.Add($"{whose} conversation as {person}: {actual}, the table says {expected[person]}");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    private async Task<int> ConversationHeldByAsync(int employeeId)
    {
        var key = await _app.QueryAsync(db => db.Connectors.Where(c => c.OpenChannelId == _channel).Select(c => c.PublicKey).SingleAsync());
        var before = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).ToListAsync());
        await (await WidgetVisitor.StartAsync(_app, key)).SayAsync("Hello");
        var id = await _app.QueryAsync(db => db.Conversations.Where(c => !before.Contains(c.Id)).Select(c => c.Id).SingleAsync());
        (await _app.Get<MessengerService>().AcceptAsync(new Viewer(employeeId), id)).ShouldSucceed();
        return id;
    }

    private Task<HttpClient> ClientOfAsync(string person) =>
        person == "admin" ? _app.SignedInClientAsync() : _app.SignedInClientAsync($"{person}@example.test", "agent-pass-1");

    private static Dictionary<string, Dictionary<string, string>> Table(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var people = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        return lines.Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(cells => cells[0], cells => people.Select((p, i) => (p, cells[i + 1])).ToDictionary(c => c.p, c => c.Item2));
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().FirstOrDefault()?.HttpMethods ?? ["GET"];

    private static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

    /// <summary>
    /// The page's path to request: parameters the table knows are named after what they stand for. A CRM card is asked
    /// for an item that does not exist: the policy is what is under test, and the card then says "not found".
    /// </summary>
    private static string? PathOf(string route) => route switch
    {
        "/open-channels/{ChannelId:int}" => "/open-channels/{channel}",
        "/jobs/{**path}" => "/jobs",
        "/crm/contacts/{Id:int}" or "/crm/companies/{Id:int}" or "/crm/leads/{Id:int}" or "/crm/deals/{Id:int}" => route.Replace("{Id:int}", "{item}", StringComparison.Ordinal),
        _ when route.Contains('{', StringComparison.Ordinal) => null,
        _ => route,
    };

    /// <summary>The narrowest policy among the endpoint's: a page carries the Employee policy of every page and its own.</summary>
    private static string GuardOf(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.OfType<IAllowAnonymous>().Any())
        {
            return Public;
        }

        var policies = endpoint.Metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToHashSet();
        return new[] { Policies.Settings, Policies.OpenChannels, Policies.Statistics, Policies.Crm, Policies.ApiEmployee, Policies.Employee }.FirstOrDefault(policies.Contains) ?? "(none)";
    }
}
