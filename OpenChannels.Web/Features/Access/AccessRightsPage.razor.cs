using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Identity;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// P-1, P-2, P-3: the roles of the access rights, each with its level of every entity and its holders, and what any
/// employee may do in the end. Seed 004 reaches it from the open channels, so it lives under them.
/// </summary>
public partial class AccessRightsPage
{
    private IReadOnlyList<AccessRoleRow>? _roles;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private int _selectedId;
    private int _me;
    private int _listVersion;
    private RoleLevelsEditor? _editor;
    private EffectiveRightsTab? _effective;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private AccessRoleService Roles { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccessText> L { get; set; } = default!;

    private AccessRoleRow? Selected => _roles?.FirstOrDefault(r => r.Id == _selectedId);

    protected override async Task OnInitializedAsync()
    {
        _breadcrumbs = [new(L["Open channels"], "/open-channels"), new(L["Access rights"], null, disabled: true)];
        _me = (await AuthenticationState).User.EmployeeId() ?? 0;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _roles = await Roles.ListAsync();
        if (Selected is null)
        {
            _selectedId = _roles.FirstOrDefault()?.Id ?? 0;
        }
    }

    /// <summary>Another role, unless the levels of this one are changed and the person would rather stay.</summary>
    private async Task SelectAsync(int roleId)
    {
        if (roleId != _selectedId && _editor is { IsDirty: true } && Selected is { } current
            && !await Dialogs.ConfirmAsync(L["Leave without saving?"], L["Your changes to {0} are not saved yet.", L.RoleName(current)], L["Leave"], L["Stay"]))
        {
            // The list has already marked the other role; a new list shows the one still edited.
            _listVersion++;
            return;
        }

        _selectedId = roleId;
    }

    private async Task TabChangedAsync(int index)
    {
        if (index == 1 && _effective is not null)
        {
            await _effective.ReloadAsync();
        }
    }

    private Task CreateAsync() =>
        AskNameAsync(L["New role"], string.Empty, name => Roles.CreateAsync(_me, name), L["Role created."]);

    private Task CopyAsync(AccessRoleRow role) =>
        AskNameAsync(L["Copy {0}", L.RoleName(role)], L["Copy of {0}", L.RoleName(role)], name => Roles.CopyAsync(_me, role.Id, name), L["Role copied."]);

    private Task RenameAsync(AccessRoleRow role) =>
        AskNameAsync(L["Rename {0}", role.Name], role.Name, async name => (await Roles.RenameAsync(_me, role.Id, name)) is { Succeeded: false } failed ? failed.Error : role.Id, L["Role renamed."]);

    private async Task AskNameAsync(string title, string name, Func<string, Task<Result<int>>> submit, string success)
    {
        var parameters = new DialogParameters<RoleNameDialog> { { d => d.InitialName, name }, { d => d.Submit, submit } };
        var dialog = await Dialogs.ShowAsync<RoleNameDialog>(title, parameters, AppDialogs.Small);
        if (await dialog.Result is { Canceled: false, Data: int roleId })
        {
            Snackbar.Add(success, Severity.Success);
            await LoadAsync();
            await SelectAsync(roleId);
        }
    }

    private async Task DeleteAsync(AccessRoleRow role)
    {
        var message = role.Holders.Count == 0
            ? L["Nobody holds it; nothing else changes."]
            : L.Plural("Its {0} holder(s) lose what it gives, unless another role they hold gives the same.", role.Holders.Count);
        if (!await Dialogs.ConfirmAsync(L["Delete {0}?", role.Name], message, L["Delete"], L["Cancel"]))
        {
            return;
        }

        Feedback.Report(await Roles.DeleteAsync(_me, role.Id), L["{0} deleted.", role.Name]);
        await LoadAsync();
    }
}
