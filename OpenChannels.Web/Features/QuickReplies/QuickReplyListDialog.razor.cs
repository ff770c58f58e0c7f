using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.QuickReplies;

/// <summary>A-8: a quick-reply list's name and replies; every change is saved at once.</summary>
public partial class QuickReplyListDialog
{
    private IReadOnlyList<QuickReplyRow> _replies = [];
    private string _name = string.Empty;
    private string _savedName = string.Empty;
    private string _title = string.Empty;
    private string _text = string.Empty;
    private int? _editingId;
    private string? _error;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public QuickReplyListRow List { get; set; } = default!;

    [Inject]
    private QuickReplyService QuickReplies { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<QuickRepliesText> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _name = _savedName = List.Name;
        _replies = await QuickReplies.RepliesAsync(List.Id);
    }

    private async Task RenameAsync()
    {
        if (Report(await QuickReplies.RenameListAsync(List.Id, _name)))
        {
            _savedName = _name = _name.Trim();
            await Dialog.SetTitleAsync(_savedName);
        }
    }

    private void Edit(QuickReplyRow reply) => (_editingId, _title, _text) = (reply.Id, reply.Title, reply.Text);

    private void ClearEditor() => (_editingId, _title, _text, _error) = (null, string.Empty, string.Empty, null);

    private async Task SaveReplyAsync()
    {
        var saved = _editingId is { } id
            ? await QuickReplies.ChangeReplyAsync(id, _title, _text)
            : (await QuickReplies.AddReplyAsync(List.Id, _title, _text)).WithoutValue();
        if (Report(saved))
        {
            ClearEditor();
            _replies = await QuickReplies.RepliesAsync(List.Id);
        }
    }

    private async Task DeleteReplyAsync(QuickReplyRow reply)
    {
        Report(await QuickReplies.DeleteReplyAsync(reply.Id));
        if (_editingId == reply.Id)
        {
            ClearEditor();
        }

        _replies = await QuickReplies.RepliesAsync(List.Id);
    }

    private async Task DeleteListAsync()
    {
        var deleted = L.Plural("Its {0} reply(ies) are deleted with it.", _replies.Count);
        var others = List.Channels > 1 ? " " + L.Plural("{0} channels use it; they will have no quick replies.", List.Channels) : string.Empty;
        var confirmed = await Dialogs.ConfirmAsync(L["Delete \"{0}\"?", _savedName], deleted + others, L["Delete list"], L["Cancel"]);
        if (confirmed == true && Report(await QuickReplies.DeleteListAsync(List.Id)))
        {
            Dialog.Close(DialogResult.Ok(false));
        }
    }

    private bool Report(Result result)
    {
        _error = Feedback.Text(result);
        return result.Succeeded;
    }
}
