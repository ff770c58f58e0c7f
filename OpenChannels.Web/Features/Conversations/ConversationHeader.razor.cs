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
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private MessengerService Messenger { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private int ConversationId => Details.Id;

    private bool IsMine => Details.HolderEmployeeId == Viewer.EmployeeId;

    private bool MayManage => Details.May.MayManage;

    private string Holder => Details.HolderName ?? string.Empty;

    private string StatusText => Details.Status switch
    {
        ConversationStatus.Unassigned => L["Unanswered, not taken yet"],
        ConversationStatus.Assigned when !Details.IsAccepted => L["Offered to {0}, not accepted yet", Holder],
        ConversationStatus.Assigned => L["With {0}, not answered yet", Holder],
        ConversationStatus.Answered => L["With {0}, the client wrote again", Holder],
        ConversationStatus.WaitingForClient => L["With {0}, waiting for the client", Holder],
        ConversationStatus.Closed or ConversationStatus.FullyClosed => L["Closed"],
        ConversationStatus.Spam => L["Marked as spam"],
        ConversationStatus.WithBot => L["With the chatbot: agents get it at the hand-over"],
        _ => string.Empty,
    };

    private Task AcceptAsync() => ActAsync(() => Messenger.AcceptAsync(Viewer, ConversationId), L["You have the conversation."]);

    private async Task AcceptAndCloseAsync()
    {
        if (!Details.ConfirmBeforeClosing || await Dialogs.ConfirmAsync(L["Accept and close?"], L["The conversation is closed without an answer."], L["Yes"]))
        {
            await ActAsync(() => Messenger.CloseAsync(Viewer, ConversationId), L["Conversation closed."]);
        }
    }

    private Task TakeAsync() => ActAsync(() => Messenger.TakeAsync(Viewer, ConversationId), L["You have taken over the conversation."]);

    private Task TogglePinAsync() =>
        ActAsync(() => Messenger.SetPinnedAsync(Viewer, ConversationId, !Details.IsPinned), Details.IsPinned ? L["Unpinned."] : L["Pinned: it stays with you — no automatic rule moves it, and this client's next conversation comes to you first."]);

    private async Task FinishAsync()
    {
        // O-4: the channel decides whether agents confirm before closing.
        if (!Details.ConfirmBeforeClosing || await Dialogs.ConfirmAsync(L["Finish the conversation?"], L["If the client writes again, a new conversation starts."], L["Yes"]))
        {
            await ActAsync(() => Messenger.CloseAsync(Viewer, ConversationId), L["Conversation finished."]);
        }
    }

    private async Task SpamAsync()
    {
        if (await Dialogs.ConfirmAsync(L["Mark as spam?"], L["The conversation is closed. The client can still write again later."], L["Yes"]))
        {
            await ActAsync(() => Messenger.MarkSpamAsync(Viewer, ConversationId), L["Marked as spam."]);
        }
    }

    private async Task TransferAsync()
    {
        var parameters = new DialogParameters<TransferDialog> { { d => d.CurrentChannelId, Details.OpenChannelId }, { d => d.ExcludeEmployeeId, Details.HolderEmployeeId } };
        var dialog = await Dialogs.ShowAsync<TransferDialog>(L["Transfer the conversation"], parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: TransferTarget target })
        {
            await ActAsync(
                () => target.EmployeeId is { } employee
                    ? Messenger.TransferToEmployeeAsync(Viewer, ConversationId, employee)
                    : Messenger.TransferToChannelAsync(Viewer, ConversationId, target.OpenChannelId!.Value),
                L["Conversation transferred."]);
        }
    }

    private async Task InviteAsync()
    {
        var dialog = await Dialogs.ShowAsync<InviteDialog>(L["Invite colleagues"], AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: IReadOnlyCollection<int> ids } && ids.Count > 0)
        {
            await ActAsync(() => Messenger.InviteAsync(Viewer, ConversationId, ids), L["Colleagues invited."]);
        }
    }

    private async Task HistoryAsync()
    {
        var parameters = new DialogParameters<HistoryDialog> { { d => d.ConversationId, ConversationId }, { d => d.Viewer, Viewer } };
        await Dialogs.ShowAsync<HistoryDialog>(L["{0}: message history", Details.ClientName], parameters, AppDialogs.Medium);
    }

    private async Task AuditAsync()
    {
        var parameters = new DialogParameters<RoutingAuditDialog> { { d => d.ConversationId, ConversationId }, { d => d.Viewer, Viewer } };
        await Dialogs.ShowAsync<RoutingAuditDialog>(L["Assignment audit"], parameters, AppDialogs.Small);
    }

    /// <summary>C-1: the agreement in the words the client accepted, even if it was reworded since.</summary>
    private async Task ShowConsentAsync()
    {
        if (Details.Consent is { } consent)
        {
            await Dialogs.ShowMessageBoxAsync(consent.Title, consent.Text, yesText: L["Close"]);
        }
    }

    private async Task ActAsync(Func<Task<Result>> action, string success)
    {
        if (Feedback.Report(await action(), success))
        {
            await OnChanged.InvokeAsync();
        }
    }

    private static string Initial(string name) => name.Length > 0 ? char.ToUpperInvariant(name[0]).ToString() : "?";
}
