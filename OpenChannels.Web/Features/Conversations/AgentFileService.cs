using OpenChannels.Domain.Common;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>An agent sends a file: it is saved first, and deleted again when the message cannot be sent (L7).</summary>
public sealed class AgentFileService(AttachmentStore files, MessengerService messenger)
{
    public async Task<Result<long>> SendFileAsync(
        Viewer viewer, int conversationId, string text, Stream content, string? name, CancellationToken cancellationToken = default)
    {
        var saved = await files.SaveAsync(content, name, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved.Error;
        }

        var sent = await messenger.SendAsync(viewer, conversationId, text, asNote: false, saved.Value);
        if (!sent.Succeeded)
        {
            files.Delete(saved.Value);
        }

        return sent;
    }
}
