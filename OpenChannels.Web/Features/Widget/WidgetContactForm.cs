using OpenChannels.Domain.Channels;

namespace OpenChannels.Web.Features.Widget;

/// <summary>A-2 as the widget reads it: "beforeDialog" or "afterFirstMessage", each field "hidden", "optional" or "required".</summary>
public sealed record WidgetContactForm(string Mode, string Name, string Email, string Phone)
{
    public static WidgetContactForm? From(ContactFormSettings form) => form.Mode == ContactFormMode.Off
        ? null
        : new(Camel(form.Mode), Camel(form.Name), Camel(form.Email), Camel(form.Phone));

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
