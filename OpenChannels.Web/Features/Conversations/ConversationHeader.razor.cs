using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Conversations;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Conversations;

/// <summary>The pane's header: the client, the status and the actions on the conversation (accept, take, transfer, …).</summary>
public partial class ConversationHeader
{
    [CascadingParameter]
    private ViewerTime Times { get; set; } = ViewerTime.Utc;

    [Parameter, EditorRequired]
    public ConversationDetails Details { get; set; } = default!;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    /// <summary>An action changed the conversation: the pane re-reads it.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private MessengerService Messenger { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private int ConversationId => Details.Id;

    private bool IsMine => Details.HolderEmployeeId == Viewer.EmployeeId;

    private string StatusText => Details.Status switch
    {
        ConversationStatus.Unassigned => "Unanswered, not taken yet",
        ConversationStatus.Assigned when !Details.IsAccepted => $"Offered to {Details.HolderName}, not accepted yet",
        ConversationStatus.Assigned => $"With {Details.HolderName}, not answered yet",
        ConversationStatus.Answered => $"With {Details.HolderName}, the client wrote again",
        ConversationStatus.WaitingForClient => $"With {Details.HolderName}, waiting for the client",
        ConversationStatus.Closed or ConversationStatus.FullyClosed => "Closed",
        ConversationStatus.Spam => "Marked as spam",
        _ => string.Empty,
    };

    private Task AcceptAsync() => ActAsync(() => Messenger.AcceptAsync(Viewer, ConversationId), "You have the conversation.");

    private async Task AcceptAndCloseAsync()
    {
        if (!Details.ConfirmBeforeClosing || await Dialogs.ConfirmAsync("Accept and close?", "The conversation is closed without an answer.", "Yes"))
        {
            await ActAsync(() => Messenger.CloseAsync(Viewer, ConversationId), "Conversation closed.");
        }
    }

    private Task TakeAsync() => ActAsync(() => Messenger.TakeAsync(Viewer, ConversationId), "You have taken over the conversation.");

    private Task TogglePinAsync() =>
        ActAsync(() => Messenger.SetPinnedAsync(Viewer, ConversationId, !Details.IsPinned), Details.IsPinned ? "Unpinned." : "Pinned: it stays with you.");

    private async Task FinishAsync()
    {
        // O-4: the channel decides whether agents confirm before closing.
        if (!Details.ConfirmBeforeClosing || await Dialogs.ConfirmAsync("Finish the conversation?", "If the client writes again, a new conversation starts.", "Yes"))
        {
            await ActAsync(() => Messenger.CloseAsync(Viewer, ConversationId), "Conversation finished.");
        }
    }

    private async Task SpamAsync()
    {
        if (await Dialogs.ConfirmAsync("Mark as spam?", "The conversation is closed. The client can still write again later.", "Yes"))
        {
            await ActAsync(() => Messenger.MarkSpamAsync(Viewer, ConversationId), "Marked as spam.");
        }
    }

    private async Task TransferAsync()
    {
        var parameters = new DialogParameters<TransferDialog> { { d => d.CurrentChannelId, Details.OpenChannelId }, { d => d.ExcludeEmployeeId, Details.HolderEmployeeId } };
        var dialog = await Dialogs.ShowAsync<TransferDialog>("Transfer the conversation", parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: TransferTarget target })
        {
            await ActAsync(
                () => target.EmployeeId is { } employee
                    ? Messenger.TransferToEmployeeAsync(Viewer, ConversationId, employee)
                    : Messenger.TransferToChannelAsync(Viewer, ConversationId, target.OpenChannelId!.Value),
                "Conversation transferred.");
        }
    }

    private async Task InviteAsync()
    {
        var dialog = await Dialogs.ShowAsync<InviteDialog>("Invite colleagues", AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: IReadOnlyCollection<int> ids } && ids.Count > 0)
        {
            await ActAsync(() => Messenger.InviteAsync(Viewer, ConversationId, ids), "Colleagues invited.");
        }
    }

    private async Task HistoryAsync()
    {
        var parameters = new DialogParameters<HistoryDialog> { { d => d.ConversationId, ConversationId }, { d => d.Viewer, Viewer } };
        await Dialogs.ShowAsync<HistoryDialog>($"{Details.ClientName}: message history", parameters, AppDialogs.Medium);
    }

    private async Task AuditAsync()
    {
        var parameters = new DialogParameters<RoutingAuditDialog> { { d => d.ConversationId, ConversationId }, { d => d.Viewer, Viewer } };
        await Dialogs.ShowAsync<RoutingAuditDialog>("Assignment audit", parameters, AppDialogs.Small);
    }

    /// <summary>C-1: the agreement in the words the client accepted, even if it was reworded since.</summary>
    private async Task ShowConsentAsync()
    {
        if (Details.Consent is { } consent)
        {
            await Dialogs.ShowMessageBoxAsync(consent.Title, consent.Text, yesText: "Close");
        }
    }

    private async Task ActAsync(Func<Task<Result>> action, string success)
    {
        if (Snackbar.Report(await action(), success))
        {
            await OnChanged.InvokeAsync();
        }
    }

    private static string Initial(string name) => name.Length > 0 ? char.ToUpperInvariant(name[0]).ToString() : "?";
}
