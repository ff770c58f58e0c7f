using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Widget;

/// <summary>Q-7: how a channel presents whoever answers its clients — and, in its own name, with which name and photo.</summary>
public sealed record AgentPresentation(AgentInfoMode Mode, string? ChannelName, bool ChannelHasPhoto)
{
    public static Task<AgentPresentation> OfAsync(OpenChannelsDbContext db, int openChannelId) =>
        db.OpenChannels.Where(c => c.Id == openChannelId)
            .Select(c => new AgentPresentation(c.AgentInfo, c.AgentDisplayName, c.AgentPhotoFile != null))
            .SingleAsync();
}
