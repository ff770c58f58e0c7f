using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Data;
using OpenChannels.Web.Events;

namespace OpenChannels.Web.Features.Routing;

/// <summary>
/// O-2: when a channel is active again, what its clients wrote meanwhile is handled as if it had just arrived — the
/// unanswered clock starts for conversations nobody answered, and routing offers them at once rather than at the
/// next two-minute sweep.
/// </summary>
public sealed class ChannelReactivation(WritePipeline writes, TimeProvider clock, RoutingSweeps sweeps) : IDomainEventHandler
{
    public async Task HandleAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var channelId in events.OfType<ChannelActivityChanged>().Where(e => e.Channel.IsActive).Select(e => e.Channel.Id).Distinct())
        {
            await writes.RunAsync(async db =>
            {
                var channel = await db.OpenChannels.AsNoTracking().SingleAsync(c => c.Id == channelId, cancellationToken);
                if (channel.Unanswered.After is not { } after)
                {
                    return Result.Ok;
                }

                var waiting = await db.Conversations
                    .Where(c => c.OpenChannelId == channelId && c.IsOpen && c.FirstResponseAt == null && c.UnansweredDueAt == null && c.MarkedUnansweredAt == null)
                    .ToListAsync(cancellationToken);
                waiting.ForEach(c => c.ExpectAnswerBy(clock.GetUtcNow() + after));
                return Result.Ok;
            });
            await sweeps.ReofferUnassignedAsync(channelId, cancellationToken);
        }
    }
}
