using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Crm;

/// <summary>
/// Adds a contact or changes one (CRM-1): name, e-mails and phones one per line, company, source, responsible, notes. An
/// e-mail or phone another contact has is refused with a link to that contact.
/// </summary>
public partial class CrmContactDialog
{
    private static readonly string[] Fields = ["Name", "Emails", "Phones", "Source", "Responsible", "Notes"];

    private readonly CrmFieldErrors _errors = new();
    private MudForm? _formRef;
    private bool _busy;
    private DuplicateContactPoint? _duplicate;
    private string? _duplicateText;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    /// <summary>The contact to change; null for a new one.</summary>
    [Parameter]
    public int? Id { get; set; }

    [Parameter, EditorRequired]
    public CrmContactForm Form { get; set; } = default!;

    [Inject]
    private CrmService Crm { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private ErrorMessages Errors { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CrmText> L { get; set; } = default!;

    private object? ValueOf(string field) => field switch
    {
        "Name" => Form.Name,
        "Emails" => Form.Emails,
        "Phones" => Form.Phones,
        "Source" => Form.Source,
        "Responsible" => Form.Responsible,
        _ => Form.Notes,
    };

    /// <summary>Closes with the contact's id once saved.</summary>
    private async Task SaveAsync()
    {
        _errors.Clear();
        _duplicate = null;
        await _formRef!.ValidateAsync();
        if (!_formRef.IsValid)
        {
            return;
        }

        _busy = true;
        var saved = await Crm.SaveContactAsync(Viewer, Id, Form);
        _busy = false;
        if (saved.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(saved.Value));
            return;
        }

        _duplicate = saved.Error as DuplicateContactPoint;
        _duplicateText = _duplicate is null ? null : Errors.Of(_duplicate);
        if (_errors.Take(saved.Error!, Errors, ValueOf, Fields) is { } left && _duplicate is null)
        {
            Feedback.Say(left, Severity.Error);
        }

        await _formRef.ValidateAsync();
    }
}
