using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Identity;

namespace OpenChannels.Web.Features.Employees;

public partial class EmployeesPage
{
    private IReadOnlyList<EmployeeRow>? _rows;
    private string _search = string.Empty;
    private bool _includeDismissed;
    private int _photoVersion;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<EmployeesText> L { get; set; } = default!;

    [Inject]
    private EmployeeService Employees { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _rows = await Employees.ListAsync(_search, _includeDismissed);

    private async Task SearchAsync(string? search)
    {
        _search = search ?? string.Empty;
        await LoadAsync();
    }

    private async Task ShowDismissedAsync(bool include)
    {
        _includeDismissed = include;
        await LoadAsync();
    }

    private Task CreateAsync() => OpenDialogAsync(L["New employee"], employeeId: null);

    private Task EditAsync(EmployeeRow row) => OpenDialogAsync(L["Edit {0}", row.FullName], row.Id);

    private async Task OpenDialogAsync(string title, int? employeeId)
    {
        var parameters = new DialogParameters<EmployeeDialog> { { d => d.EmployeeId, employeeId } };
        var options = AppDialogs.Medium;
        var dialog = await Dialogs.ShowAsync<EmployeeDialog>(title, parameters, options);
        var result = await dialog.Result;
        _photoVersion++;
        if (result is { Canceled: false })
        {
            Snackbar.Add(employeeId is null ? L["Employee created."] : L["Employee saved."], Severity.Success);
        }

        await LoadAsync();
    }

    private async Task DismissAsync(EmployeeRow row)
    {
        var confirmed = await Dialogs.ConfirmAsync(
            L["Dismiss {0}?", row.FullName],
            L["They will no longer be able to sign in, and will get no new conversations. You can reinstate them later."],
            L["Dismiss"],
            L["Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        var me = (await AuthenticationState).User.EmployeeId();
        Feedback.Report(await Employees.DismissAsync(row.Id, me), L["{0} is dismissed.", row.FullName]);
        await LoadAsync();
    }

    private async Task ReinstateAsync(EmployeeRow row)
    {
        Feedback.Report(await Employees.ReinstateAsync(row.Id), L["{0} is reinstated.", row.FullName]);
        await LoadAsync();
    }
}
