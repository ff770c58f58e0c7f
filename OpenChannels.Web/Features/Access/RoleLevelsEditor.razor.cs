using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Domain.Access;
using OpenChannels.Web.Components.Shared;

namespace OpenChannels.Web.Features.Access;

/// <summary>
/// P-2: the levels of one role, one per entity as the seed offers them, saved together; leaving with changes asks first.
/// The Administrator role is shown, not changed (P-1).
/// </summary>
public partial class RoleLevelsEditor
{
    private UnsavedChangesGuard? _guard;
    private RoleLevelsForm _form = new();
    private bool _busy;
    private string? _error;

    /// <summary>The role edited; the page keys the editor by the role, so another role gets a fresh form and guard.</summary>
    [Parameter, EditorRequired]
    public AccessRoleRow Role { get; set; } = default!;

    [Parameter, EditorRequired]
    public int ActingEmployeeId { get; set; }

    /// <summary>Raised after a save, so the page can read the roles again.</summary>
    [Parameter]
    public EventCallback Saved { get; set; }

    [Inject]
    private AccessRoleService Roles { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private Feedback Feedback { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AccessText> L { get; set; } = default!;

    /// <summary>Whether the levels on screen differ from the saved ones.</summary>
    public bool IsDirty => _guard?.IsDirty == true;

    // P-1: the Administrator role keeps every right; the domain refuses a lower level, the page does not offer one.
    private bool IsLocked => Role.Kind == RoleKind.Administrator;

    protected override void OnInitialized() => _form = RoleLevelsForm.Of(Role);

    private void Cancel()
    {
        _form = RoleLevelsForm.Of(Role);
        _error = null;
    }

    private async Task SaveAsync()
    {
        _busy = true;
        var saved = await Roles.SaveLevelsAsync(ActingEmployeeId, Role.Id, _form.Levels);
        _busy = false;
        _error = Feedback.Text(saved);
        if (saved.Succeeded)
        {
            _guard?.MarkSaved();
            Snackbar.Add(L["{0} saved.", L.RoleName(Role)], Severity.Success);
            await Saved.InvokeAsync();
        }
    }
}
