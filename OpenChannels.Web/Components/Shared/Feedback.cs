using MudBlazor;
using OpenChannels.Domain.Common;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Components.Shared;

/// <summary>
/// Errors are shown one way: a form or a dialog with a form keeps its error above its fields (<c>FormError</c>, with
/// the text from <see cref="Text"/>), where the person is looking; an action taken from a list, a menu or the
/// conversation pane answers in a snackbar, success or failure, through <see cref="Report"/>. Both in the reader's
/// language.
/// </summary>
public sealed class Feedback(ISnackbar snackbar, ErrorMessages errors)
{
    /// <summary>The error's text for a form; null when the action succeeded.</summary>
    public string? Text(Result result) => result.Succeeded ? null : errors.Of(result.Error);

    /// <inheritdoc cref="Text(Result)"/>
    public string? Text<T>(Result<T> result) => Text(result.WithoutValue());

    /// <summary>Shows the error, or <paramref name="success"/> when there is one; true when the action succeeded.</summary>
    public bool Report(Result result, string? success)
    {
        if (!result.Succeeded)
        {
            snackbar.Add(errors.Of(result.Error), Severity.Error);
        }
        else if (success is not null)
        {
            snackbar.Add(success, Severity.Success);
        }

        return result.Succeeded;
    }

    /// <inheritdoc cref="Report(Result, string?)"/>
    public bool Report<T>(Result<T> result, string? success) => Report(result.WithoutValue(), success);

    /// <summary>A message of the page itself (a hint, a warning, a confirmation that is not an action's outcome).</summary>
    public void Say(string message, Severity severity) => snackbar.Add(message, severity);
}
