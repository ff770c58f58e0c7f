using Microsoft.Extensions.Localization;
using MudBlazor;
using OpenChannels.Web.Components.Shared;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Bots;

/// <summary>
/// The bot pages' dialogs: the questions asked before what cannot be undone, worded the same from the list and from a
/// bot's page, and how their forms open.
/// </summary>
public static class BotPrompts
{
    /// <summary>
    /// A form that opens with the focus in its first field. By default the dialog takes the focus itself once open, and a
    /// required field that had it (AutoFocus) shows its error before anything was typed.
    /// </summary>
    public static DialogOptions Form(MaxWidth width) => new() { MaxWidth = width, FullWidth = true, CloseButton = true, DefaultFocus = DefaultFocus.FirstChild };

    /// <summary>Deleting a bot hands its conversations to the agents and turns off the Chatbots tab of the channels that chose it.</summary>
    public static Task<bool> ConfirmDeleteAsync(IDialogService dialogs, IStringLocalizer<BotsText> l, string name, int holdingNow)
    {
        var text = l["The conversations it has now go to the agents at once, through the usual routing. Open channels that use it stop giving new requests to a bot until another one is chosen on their Chatbots tab. Its FAQ entries and error log are deleted."].Value;
        if (holdingNow > 0)
        {
            text += " " + l.Plural("It has {0} conversations now.", holdingNow);
        }

        return dialogs.ConfirmAsync(l["Delete {0}?", name], text, l["Delete"], l["Cancel"]);
    }

    /// <summary>New credentials stop the old ones at once: the bot's service must switch to them.</summary>
    public static Task<bool> ConfirmRenewAsync(IDialogService dialogs, IStringLocalizer<BotsText> l, string name) =>
        dialogs.ConfirmAsync(
            l["Renew the secret and token of {0}?", name],
            l["The current secret and token stop working at once: events are signed with the new secret, and the bot API accepts only the new token. Put both into your bot's service right after."],
            l["Renew"],
            l["Cancel"]);
}
