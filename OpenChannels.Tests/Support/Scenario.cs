using Microsoft.EntityFrameworkCore;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Features.Channels;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.Employees;

namespace OpenChannels.Tests.Support;

/// <summary>Builds the usual world of a conversation test: a channel, its live chat, agents in its queue.</summary>
public sealed class Scenario(TestApp app)
{
    public int ChannelId { get; private set; }

    public string Key { get; private set; } = string.Empty;

    public Viewer Admin { get; private set; } = default!;

    public static async Task<Scenario> CreateAsync(TestApp app, string channel = "Website", params string[] agentsInQueue)
    {
        var scenario = new Scenario(app);
        var adminId = await app.QueryAsync(db => db.Users.Where(u => u.Email == TestApp.AdminEmail).Select(u => u.EmployeeId).SingleAsync());
        scenario.Admin = new Viewer(adminId);
        scenario.ChannelId = (await app.Get<OpenChannelService>().CreateAsync(channel)).Value;
        var connectors = app.Get<ConnectorService>();
        await connectors.AddLiveChatAsync(scenario.ChannelId, "Website chat");
        scenario.Key = (await connectors.ConnectorsAsync(scenario.ChannelId)).Single().PublicKey;
        var queue = new List<int> { adminId };
        foreach (var agent in agentsInQueue)
        {
            queue.Add(await scenario.AddAgentAsync(agent));
        }

        (await app.Get<OpenChannels.Web.Features.Routing.QueueSettingsService>().ReplaceQueueAsync(scenario.ChannelId, queue)).Succeeded.ShouldBeTrue();
        return scenario;
    }

    /// <summary>An employee who can sign in with "{name}@example.test" / "agent-pass-1", not in any queue.</summary>
    public async Task<int> AddAgentAsync(string firstName)
    {
        var created = await app.Get<EmployeeService>().CreateAsync(new EmployeeForm
        {
            FirstName = firstName,
            Email = $"{firstName.ToLowerInvariant()}@example.test",
            Password = "agent-pass-1",
        });
        return created.Value;
    }

    public static Viewer Agent(int employeeId) => new(employeeId);

    /// <summary>A new visitor writes on the channel's live chat; the new conversation, accepted by <paramref name="heldBy"/> when given.</summary>
    public async Task<int> ConversationAsync(string text, int? heldBy = null)
    {
        var before = await app.QueryAsync(db => db.Conversations.Select(c => c.Id).ToListAsync());
        await (await WidgetVisitor.StartAsync(app, Key)).SayAsync(text);
        var id = await app.QueryAsync(db => db.Conversations.Where(c => !before.Contains(c.Id)).Select(c => c.Id).SingleAsync());
        if (heldBy is { } holder)
        {
            (await app.Get<MessengerService>().AcceptAsync(Agent(holder), id)).ShouldSucceed();
        }

        return id;
    }

    /// <summary>Changes the channel's Queue tab as an administrator would, and saves it.</summary>
    public async Task ConfigureQueueAsync(Action<OpenChannels.Web.Features.Routing.QueueForm> change)
    {
        var queues = app.Get<OpenChannels.Web.Features.Routing.QueueSettingsService>();
        var form = (await queues.GetAsync(ChannelId))!;
        change(form);
        (await queues.SaveAsync(ChannelId, form)).Succeeded.ShouldBeTrue();
    }

    /// <summary>Changes the channel's Automatic actions tab as an administrator would, and saves it.</summary>
    public async Task ConfigureAutomaticActionsAsync(Action<OpenChannels.Web.Features.AutomaticActions.AutomaticActionsForm> change)
    {
        var actions = app.Get<OpenChannels.Web.Features.AutomaticActions.AutomaticActionsService>();
        var form = (await actions.GetAsync(ChannelId))!;
        change(form);
        (await actions.SaveAsync(ChannelId, form)).Succeeded.ShouldBeTrue();
    }
}
