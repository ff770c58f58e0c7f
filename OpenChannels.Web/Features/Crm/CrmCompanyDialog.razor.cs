using Microsoft.AspNetCore.Components;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Features.CrmLinks;

namespace OpenChannels.Web.Features.Crm;

/// <summary>Adds a company or changes one (CRM-1): name, website, responsible, notes.</summary>
public partial class CrmCompanyDialog
{
    private static readonly string[] Fields = ["Name", "Website", "Responsible", "Notes"];

    private readonly CrmFieldErrors _errors = new();
    private MudForm? _formRef;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    /// <summary>The company to change; null for a new one.</summary>
    [Parameter]
    public int? Id { get; set; }

    [Parameter, EditorRequired]
    public CrmCompanyForm Form { get; set; } = default!;

    private async Task SaveAsync()
    {
        _errors.Clear();
        await _formRef!.ValidateAsync();
        if (!_formRef.IsValid)
        {
            return;
        }

        _busy = true;
        var saved = await Crm.SaveCompanyAsync(Viewer, Id, Form);
        _busy = false;
        if (saved.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(saved.Value));
        }
        else if (_errors.Take(saved.Error!, Errors, f => f switch { "Name" => Form.Name, "Website" => Form.Website, "Responsible" => Form.Responsible, _ => Form.Notes }, Fields) is { } left)
        {
            Feedback.Say(left, Severity.Error);
        }

        await _formRef.ValidateAsync();
    }
}
