using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Domain.Employees;
using OpenChannels.Tests.Support;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;

namespace OpenChannels.Tests.Web.Data;

/// <summary>The one way use cases write: all or nothing, typed errors, and events only for what was committed.</summary>
public sealed class WritePipelineTests : IDisposable
{
    private readonly TestApp _app = new();
    private readonly Recorder _published = new();

    private WritePipeline Pipeline => new(_app.Get<IDbContextFactory<OpenChannelsDbContext>>(), _published, _app.Get<IEnumerable<ITransactionalEventHandler>>());

    [Fact]
    public async Task ARuleViolation_BecomesItsTypedError_AndNothingIsWrittenOrPublished()
    {
        var result = await Pipeline.RunAsync(db =>
        {
            db.Employees.Add(new Employee("Ann", "Lee", "ann@example.test", _app.Clock.GetUtcNow()));
            throw new DomainRuleViolated(new AlreadyDismissed(7, "Bea"));
        });

        result.ShouldFail().ShouldBe(new AlreadyDismissed(7, "Bea"));
        (await _app.QueryAsync(db => db.Employees.CountAsync(e => e.Email == "ann@example.test"))).ShouldBe(0);
        _published.Batches.ShouldBeEmpty();
    }

    [Fact]
    public async Task AFailedResult_RollsBack()
    {
        var result = await Pipeline.RunAsync(db =>
        {
            db.Employees.Add(new Employee("Ann", "Lee", "ann@example.test", _app.Clock.GetUtcNow()));
            return Task.FromResult<Result>(new Conflict("No."));
        });

        result.ShouldFail().Message.ShouldBe("No.");
        (await _app.QueryAsync(db => db.Employees.CountAsync(e => e.Email == "ann@example.test"))).ShouldBe(0);
        _published.Batches.ShouldBeEmpty();
    }

    [Fact]
    public async Task Events_ArePublishedOnce_AfterTheCommit_WithTheStoredIds()
    {
        var scenario = await Scenario.CreateAsync(_app);
        await (await WidgetVisitor.StartAsync(_app, scenario.Key)).SayAsync("Hello");
        var id = await _app.QueryAsync(db => db.Conversations.Select(c => c.Id).SingleAsync());
        _published.Check = async _ => (await _app.QueryAsync(db => db.Conversations.Select(c => c.Title).SingleAsync())).ShouldBe("Order 12");

        var added = await Pipeline.RunAsync<long>(async db =>
        {
            var conversation = await db.Conversations.SingleAsync(c => c.Id == id);
            conversation.Rename("Order 12");
            var note = Message.NoteBy(id, scenario.Admin.EmployeeId, "Called back", _app.Clock.GetUtcNow());
            db.Messages.Add(note);
            await db.SaveChangesAsync();
            return note.Id;
        });

        var batch = _published.Batches.ShouldHaveSingleItem();
        batch.OfType<ConversationChanged>().ShouldHaveSingleItem().Conversation.Id.ShouldBe(id);
        batch.OfType<MessagePosted>().ShouldHaveSingleItem().Message.Id.ShouldBe(added.ShouldSucceed());
    }

    public void Dispose() => _app.Dispose();

    private sealed class Recorder : IDomainEventPublisher
    {
        public List<IReadOnlyList<IDomainEvent>> Batches { get; } = [];

        public Func<IReadOnlyList<IDomainEvent>, Task>? Check { get; set; }

        public async Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default)
        {
            if (Check is not null)
            {
                await Check(events);
            }

            Batches.Add(events);
        }
    }
}
