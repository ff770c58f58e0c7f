using Microsoft.JSInterop;

namespace OpenChannels.Web.Components.Shared;

/// <summary>A component's script module is let go when the component goes, even if the browser tab already has.</summary>
public static class JsModules
{
    /// <summary>Disposes the module; a closed circuit has nothing left to release, so that is not an error.</summary>
    public static async ValueTask ReleaseAsync(this IJSObjectReference? module)
    {
        if (module is null)
        {
            return;
        }

        try
        {
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
