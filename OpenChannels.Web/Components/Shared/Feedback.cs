using MudBlazor;
using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Components.Shared;

/// <summary>
/// Errors are shown one way: a form or a dialog with a form keeps its error above its fields (<c>FormError</c>), where
/// the person is looking; an action taken from a list, a menu or the conversation pane answers in a snackbar, success or
/// failure, through <see cref="Report"/>.
/// </summary>
public static class Feedback
{
    /// <summary>Shows the error, or <paramref name="success"/> when there is one; true when the action succeeded.</summary>
    public static bool Report(this ISnackbar snackbar, Result result, string? success)
    {
        if (!result.Succeeded)
        {
            snackbar.Add(result.Error.Message, Severity.Error);
        }
        else if (success is not null)
        {
            snackbar.Add(success, Severity.Success);
        }

        return result.Succeeded;
    }

    /// <inheritdoc cref="Report(ISnackbar, Result, string?)"/>
    public static bool Report<T>(this ISnackbar snackbar, Result<T> result, string? success) =>
        snackbar.Report(result.WithoutValue(), success);
}
