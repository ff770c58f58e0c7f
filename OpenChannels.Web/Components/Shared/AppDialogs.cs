using System.Globalization;
using System.Resources;
using MudBlazor;

namespace OpenChannels.Web.Components.Shared;

/// <summary>The app's dialogs look and answer the same way: two sizes of window, one confirmation, one text prompt.</summary>
public static class AppDialogs
{
    /// <summary>The shared texts, for the buttons the callers leave to these dialogs (the same resources as <c>IStringLocalizer&lt;SharedText&gt;</c>).</summary>
    private static readonly ResourceManager Texts = new(typeof(SharedText));

    /// <summary>A form or a short list: small, full width, with a close button.</summary>
    public static DialogOptions Small => new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true };

    /// <summary>A longer form or a history: medium, full width, with a close button.</summary>
    public static DialogOptions Medium => new() { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true };

    /// <summary>
    /// Asks before something that cannot be undone; true only when the person chose <paramref name="yesText"/>. The texts
    /// come translated from the caller; without <paramref name="cancelText"/>, the button says "Cancel" in the reader's language.
    /// </summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string text, string yesText, string? cancelText = null) =>
        await dialogs.ShowMessageBoxAsync(title, text, yesText: yesText, cancelText: cancelText ?? Cancel) == true;

    /// <summary>Asks for one required text; the trimmed text, or null when the person cancelled. The dialog's own buttons are translated by it.</summary>
    public static async Task<string?> PromptAsync(this IDialogService dialogs, string title, string label, string value = "", int lines = 1)
    {
        var parameters = new DialogParameters<TextPromptDialog> { { d => d.Label, label }, { d => d.InitialValue, value }, { d => d.Lines, lines } };
        var dialog = await dialogs.ShowAsync<TextPromptDialog>(title, parameters, Small);
        return await dialog.Result is { Canceled: false, Data: string text } ? text : null;
    }

    /// <summary>"Cancel" in the current UI language (SharedText), English when no translation is found.</summary>
    private static string Cancel => Texts.GetString("Cancel", CultureInfo.CurrentUICulture) ?? "Cancel";
}
