using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Conversations;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Crm;

/// <summary>Adds a deal or changes one (CRM-1): title, amount and currency, stage, contact, company, responsible.</summary>
public partial class CrmDealDialog
{
    private static readonly string[] Fields = ["Title", "Amount", "Currency", "Stage", "Contact", "Company", "Responsible"];

    private readonly CrmFieldErrors _errors = new();
    private MudForm? _formRef;
    private bool _busy;
    private IReadOnlyList<DealStage> _stages = [];

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Viewer Viewer { get; set; } = default!;

    /// <summary>The deal to change; null for a new one.</summary>
    [Parameter]
    public int? Id { get; set; }

    [Parameter, EditorRequired]
    public CrmDealForm Form { get; set; } = default!;

    [Inject]
    private CrmService Crm { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private ErrorMessages Errors { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CrmText> L { get; set; } = default!;

    /// <summary>A new deal starts at the pipeline's first stage, in the default currency.</summary>
    protected override async Task OnInitializedAsync()
    {
        _stages = await Crm.StagesAsync();
        if (Id is null && _stages.All(s => s.Id != Form.StageId))
        {
            Form.StageId = _stages.Where(s => s.Outcome == StageOutcome.Open).Select(s => s.Id).FirstOrDefault();
        }

        if (Id is null && string.IsNullOrWhiteSpace(Form.Currency))
        {
            Form.Currency = Crm.DefaultCurrency;
        }
    }

    private object? ValueOf(string field) => field switch
    {
        "Title" => Form.Title,
        "Amount" => Form.Amount,
        "Currency" => Form.Currency,
        "Stage" => Form.StageId,
        "Contact" => Form.Contact,
        "Company" => Form.Company,
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
        var saved = await Crm.SaveDealAsync(Viewer, Id, Form);
        _busy = false;
        if (saved.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(saved.Value));
            return;
        }

        if (_errors.Take(saved.Error!, Errors, ValueOf, Fields) is { } left)
        {
            Feedback.Say(left, Severity.Error);
        }

        await _formRef.ValidateAsync();
    }
}
