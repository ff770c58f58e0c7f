using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
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
    private bool _twoFactorEnabled;
    private string? _newPhotoPreview;
    private IReadOnlyList<DepartmentRow> _departments = [];
    private List<VacationDraft> _vacations = [];
    private string? _vacationStart;
    private string? _vacationEnd;
    private string? _vacationHint;

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

    [Inject]
    private TwoFactorService TwoFactor { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? AuthenticationState { get; set; }

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

    private string PasswordHint => L["At least {0} characters, and not a common password.", Passwords.MinLength];

    /// <summary>The password rule's check, said in the reader's language.</summary>
    private string? CheckPassword(string? value) => Passwords.Check(value) switch
    {
        null => null,
        PasswordProblem.TooCommon => L["This password is too common. Choose a longer or less predictable one."].Value,
        _ => PasswordHint,
    };

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
        _twoFactorEnabled = details.TwoFactorEnabled;
        _vacations = details.Vacations.Select(v => new VacationDraft(v.Id, v.StartsOn, v.EndsOn)).ToList();
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
        _model.Vacations = _vacations;
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

    /// <summary>For an employee who lost their phone and recovery codes: it goes off, and they are signed out everywhere.</summary>
    private async Task ResetTwoFactorAsync()
    {
        var name = _model.FirstName;
        if (EmployeeId is not { } id || !await Dialogs.ConfirmAsync(
                L["Reset two-factor sign-in"],
                L["{0} is signed out everywhere at once, and signs in with their password only, or sets two-factor sign-in up again if it is required of them.", name],
                L["Reset"]))
        {
            return;
        }

        _busy = true;
        var actingUserId = AuthenticationState is null ? null : (await AuthenticationState).User.UserId();
        var reset = await TwoFactor.ResetAsync(id, actingUserId);
        _busy = false;
        if (Feedback.Report(reset, L["Two-factor sign-in of {0} is reset.", name]))
        {
            _twoFactorEnabled = false;
        }
    }

    /// <summary>The photo is read and previewed now, checked and stored with the rest on save.</summary>
    private async Task ChoosePhotoAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Size > PhotoStore.MaxBytes)
        {
            _error = L["The photo is larger than {0} MB.", MaxPhotoMegabytes];
            return;
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(PhotoStore.MaxBytes))
        {
            await stream.CopyToAsync(buffer);
        }

        _error = null;
        _model.NewPhoto = buffer.ToArray();
        _newPhotoPreview = $"data:{file.ContentType};base64,{Convert.ToBase64String(_model.NewPhoto)}";
    }

    private async Task VacationKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            // Lets the field's own change land before the dates are read.
            await Task.Yield();
            AddVacation();
        }
    }

    /// <summary>Adds the typed or picked dates to the list, or says what is missing; saved with the rest.</summary>
    private void AddVacation()
    {
        if (!TryDate(_vacationStart, out var start) || !TryDate(_vacationEnd, out var end))
        {
            _vacationHint = L["Enter both dates: type them or pick them from the calendar."];
            return;
        }

        if (end < start)
        {
            _vacationHint = L["A vacation cannot end before it starts."];
            return;
        }

        if (_vacations.FirstOrDefault(v => v.StartsOn <= end && start <= v.EndsOn) is { } clash)
        {
            _vacationHint = L["It overlaps the vacation {0} – {1}.", clash.StartsOn.ToString("d MMM yyyy"), clash.EndsOn.ToString("d MMM yyyy")];
            return;
        }

        _vacations = [.. _vacations.Append(new VacationDraft(null, start, end)).OrderBy(v => v.StartsOn)];
        (_vacationStart, _vacationEnd, _vacationHint) = (null, null, null);
    }

    private void RemoveVacation(VacationDraft vacation) => _vacations = _vacations.Where(v => v != vacation).ToList();

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);
}
