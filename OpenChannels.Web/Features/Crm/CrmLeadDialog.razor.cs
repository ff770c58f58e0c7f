using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Crm;

/// <summary>
/// Adds a lead about a contact or changes one (CRM-1): title, source, status, responsible. "Converted" is not a choice:
/// a lead becomes converted by making a deal of it, and stays so.
/// </summary>
public partial class CrmLeadDialog
{
    private static readonly string[] Fields = ["Title", "Contact", "Source", "Status", "Responsible"];

    private readonly CrmFieldErrors _errors = new();
    private MudForm? _formRef;
    private bool _busy;
    private bool _converted;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    /// <summary>The lead to change; null for a new one.</summary>
    [Parameter]
    public int? Id { get; set; }

    [Parameter, EditorRequired]
    public CrmLeadForm Form { get; set; } = default!;

    [Inject]
    private CrmService Crm { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private ErrorMessages Errors { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CrmText> L { get; set; } = default!;

    /// <summary>"Converted" is offered only to show a converted lead's status.</summary>
    private IEnumerable<LeadStatus> Statuses => Enum.GetValues<LeadStatus>().Where(s => s != LeadStatus.Converted || _converted);

    protected override void OnInitialized() => _converted = Form.Status == LeadStatus.Converted;

    private object? ValueOf(string field) => field switch
    {
        "Title" => Form.Title,
        "Contact" => Form.Contact,
        "Source" => Form.Source,
        "Status" => Form.Status,
        _ => Form.Responsible,
    };

    private async Task SaveAsync()
    {
        _errors.Clear();
        await _formRef!.ValidateAsync();
        if (!_formRef.IsValid)
        {
            return;
        }

        _busy = true;
        var saved = await Crm.SaveLeadAsync(Viewer, Id, Form);
        _busy = false;
        if (saved.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(saved.Value));
            return;
        }

        if (_errors.Take(saved.Error!, Errors, ValueOf, Id is null ? Fields : Fields.Where(f => f != "Contact").ToList()) is { } left)
        {
            Feedback.Say(left, Severity.Error);
        }

        await _formRef.ValidateAsync();
    }
}
