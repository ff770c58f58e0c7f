using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Consent;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Consent;

/// <summary>C-1: whether the channel asks for an agreement, which one, and the custom agreements to choose from.</summary>
public partial class ConsentTab
{
    /// <summary>The open channel page's check of the viewer's rights to change its settings (P-6).</summary>
    [CascadingParameter]
    private OpenChannels.Web.Features.Access.ChannelGuard? Guard { get; set; }

    [CascadingParameter]
    private ViewerTime Times { get; set; } = ViewerTime.Utc;

    private UnsavedChangesGuard? _guard;
    private ConsentForm? _form;
    private IReadOnlyList<AgreementRow> _agreements = [];
    private string? _error;

    [Parameter, EditorRequired]
    public int ChannelId { get; set; }

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ConsentText> L { get; set; } = default!;

    [Inject]
    private ConsentService Consent { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private (string Title, string Text, bool BuiltIn) Selected =>
        _agreements.FirstOrDefault(a => a.Id == _form!.AgreementId) is { } custom
            ? (custom.Title, custom.Text, false)
            : (_form!.BuiltInTitle, _form.BuiltInText, true);

    protected override async Task OnInitializedAsync()
    {
        _agreements = await Consent.AgreementsAsync();
        _form = await Consent.GetAsync(ChannelId);
    }

    private async Task SaveAsync()
    {
        if (Guard is not null && !await Guard.MayModifyAsync())
        {
            return;
        }

        var saved = await Consent.SaveAsync(ChannelId, _form!);
        _error = Feedback.Text(saved);
        if (saved.Succeeded)
        {
            Snackbar.Add(L["Consent saved."], Severity.Success);
            _guard?.MarkSaved();
        }
    }

    private async Task NewAgreementAsync()
    {
        if (Guard is not null && !await Guard.MayModifyAsync())
        {
            return;
        }

        if (await ShowDialogAsync(L["New agreement"], null) is int created)
        {
            _agreements = await Consent.AgreementsAsync();
            _form!.AgreementId = created;
            Snackbar.Add(L["Agreement added and chosen for this channel. Save to use it."], Severity.Success);
        }
    }

    private async Task EditAgreementAsync(AgreementRow agreement)
    {
        if (Guard is not null && !await Guard.MayModifyAsync())
        {
            return;
        }

        if (await ShowDialogAsync(L["Edit \"{0}\"", agreement.Title], agreement) is not null)
        {
            _agreements = await Consent.AgreementsAsync();
            Snackbar.Add(L["Agreement saved."], Severity.Success);
        }
    }

    private async Task DeleteAgreementAsync(AgreementRow agreement)
    {
        if (Guard is not null && !await Guard.MayModifyAsync())
        {
            return;
        }

        var confirmed = await Dialogs.ConfirmAsync(
            L["Delete \"{0}\"?", agreement.Title],
            L["Clients who accepted it keep their record of what they accepted."],
            L["Delete"],
            L["Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        var deleted = await Consent.DeleteAgreementAsync(agreement.Id);
        Feedback.Report(deleted, L["Agreement deleted."]);
        _agreements = await Consent.AgreementsAsync();
    }

    private async Task<object?> ShowDialogAsync(string title, AgreementRow? agreement)
    {
        var parameters = new DialogParameters<AgreementDialog> { { d => d.Agreement, agreement } };
        var dialog = await Dialogs.ShowAsync<AgreementDialog>(title, parameters, AppDialogs.Medium);
        return await dialog.Result is { Canceled: false, Data: var data } ? data : null;
    }
}
