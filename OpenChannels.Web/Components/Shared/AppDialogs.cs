using MudBlazor;

namespace OpenChannels.Web.Components.Shared;

/// <summary>The app's dialogs look and answer the same way: two sizes of window, one confirmation, one text prompt.</summary>
public static class AppDialogs
{
    /// <summary>A form or a short list: small, full width, with a close button.</summary>
    public static DialogOptions Small => new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true };

    /// <summary>A longer form or a history: medium, full width, with a close button.</summary>
    public static DialogOptions Medium => new() { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true };

    /// <summary>Asks before something that cannot be undone; true only when the person chose <paramref name="yesText"/>.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string text, string yesText, string cancelText = "Cancel") =>
        await dialogs.ShowMessageBoxAsync(title, text, yesText: yesText, cancelText: cancelText) == true;

    /// <summary>Asks for one required text; the trimmed text, or null when the person cancelled.</summary>
    public static async Task<string?> PromptAsync(this IDialogService dialogs, string title, string label, string value = "", int lines = 1)
    {
        var parameters = new DialogParameters<TextPromptDialog> { { d => d.Label, label }, { d => d.InitialValue, value }, { d => d.Lines, lines } };
        var dialog = await dialogs.ShowAsync<TextPromptDialog>(title, parameters, Small);
        return await dialog.Result is { Canceled: false, Data: string text } ? text : null;
    }
}
