using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Features.Departments;
using OpenChannels.Web.Features.Shared;
using OpenChannels.Web.Identity;
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

    private string DepartmentName(int? id) => _departments.FirstOrDefault(d => d.Id == id)?.Name ?? string.Empty;

    private async Task ReloadAsync(int id)
    {
        var details = await Employees.GetAsync(id);
        if (details is null)
        {
            _error = "This employee no longer exists.";
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
            _error = saved.Error.Message;
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
            _error = $"The photo is larger than {PhotoStore.MaxBytes / 1024 / 1024} MB.";
            return;
        }

        await using var stream = file.OpenReadStream(PhotoStore.MaxBytes);
        var uploaded = await Employees.ReplacePhotoAsync(id, stream);
        _error = uploaded.Succeeded ? null : uploaded.Error.Message;
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
            _error = added.Error.Message;
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
