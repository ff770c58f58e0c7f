using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Shared;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Localization;
using OpenChannels.Web.Storage;

namespace OpenChannels.Web.Features.Employees;

public partial class EmployeeDialog
{
    private MudForm? _form;
    private bool _isValid;
    private bool _loading = true;
    private bool _busy;
    private string? _error;
    private EmployeeForm _model = new();
    private bool _canSignIn;
    private bool _hasPhoto;
    private int _photoVersion;
    private IReadOnlyList<DepartmentRow> _departments = [];
    private IReadOnlyList<VacationRow> _vacations = [];
    private DateTime? _vacationStart;
    private DateTime? _vacationEnd;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The employee to edit; null creates one.</summary>
    [Parameter]
    public int? EmployeeId { get; set; }

    [Inject]
    private ErrorMessages Errors { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<EmployeesText> L { get; set; } = default!;

    [Inject]
    private PasswordRule Passwords { get; set; } = default!;

    [Inject]
    private EmployeeService Employees { get; set; } = default!;

    [Inject]
    private DepartmentService Departments { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _departments = await Departments.ListAsync();
        if (EmployeeId is { } id)
        {
            await ReloadAsync(id);
        }

        _loading = false;
    }

    private static long MaxPhotoMegabytes => PhotoStore.MaxBytes / 1024 / 1024;

    private string SignInHelp => _canSignIn
        ? L["This employee signs in with the e-mail above. Enter a new password only to replace theirs."]
        : L["Give a password to let this employee sign in with the e-mail above; leave it empty for no sign-in."];

    private string PasswordHint => L["At least {0} characters, with a lowercase letter and a digit.", Passwords.MinLength];

    /// <summary>The password rule's check, with its hint in the reader's language.</summary>
    private string? CheckPassword(string? value) => Passwords.Check(value) is null ? null : PasswordHint;

    private string DepartmentName(int? id) => _departments.FirstOrDefault(d => d.Id == id)?.Name ?? string.Empty;

    private async Task ReloadAsync(int id)
    {
        var details = await Employees.GetAsync(id);
        if (details is null)
        {
            _error = L["This employee no longer exists."];
            return;
        }

        _model = details.Form;
        _canSignIn = details.CanSignIn;
        _hasPhoto = details.HasPhoto;
        _vacations = details.Vacations;
    }

    private async Task SaveAsync()
    {
        await _form!.ValidateAsync();
        if (!_isValid)
        {
            return;
        }

        _busy = true;
        _error = null;
        var saved = EmployeeId is { } id
            ? await Employees.UpdateAsync(id, _model)
            : (await Employees.CreateAsync(_model)).WithoutValue();
        _busy = false;
        if (saved.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(true));
        }
        else
        {
            _error = Feedback.Text(saved);
        }
    }

    private void Cancel() => Dialog.Cancel();

    private async Task UploadPhotoAsync(IBrowserFile? file)
    {
        if (file is null || EmployeeId is not { } id)
        {
            return;
        }

        if (file.Size > PhotoStore.MaxBytes)
        {
            _error = L["The photo is larger than {0} MB.", MaxPhotoMegabytes];
            return;
        }

        await using var stream = file.OpenReadStream(PhotoStore.MaxBytes);
        var uploaded = await Employees.ReplacePhotoAsync(id, stream);
        _error = Feedback.Text(uploaded);
        _hasPhoto |= uploaded.Succeeded;
        _photoVersion++;
    }

    private async Task AddVacationAsync()
    {
        if (EmployeeId is not { } id || _vacationStart is not { } start || _vacationEnd is not { } end)
        {
            return;
        }

        var added = await Employees.AddVacationAsync(id, DateOnly.FromDateTime(start), DateOnly.FromDateTime(end));
        if (!added.Succeeded)
        {
            _error = Feedback.Text(added);
            return;
        }

        _error = null;
        _vacationStart = _vacationEnd = null;
        _vacations = (await Employees.GetAsync(id))?.Vacations ?? [];
    }

    private async Task RemoveVacationAsync(int vacationId)
    {
        if (EmployeeId is not { } id)
        {
            return;
        }

        await Employees.RemoveVacationAsync(id, vacationId);
        _vacations = (await Employees.GetAsync(id))?.Vacations ?? [];
    }
}
