using OpenChannels.Domain.Common;
using OpenChannels.Web.Features.CrmLinks;
using OpenChannels.Web.Localization;

namespace OpenChannels.Web.Features.Crm;

/// <summary>
/// A CRM dialog's refusals from the server, shown by the field they name (InvalidInput's Field, a duplicate's e-mails or
/// phones) for as long as the field keeps the value that was refused.
/// </summary>
public sealed class CrmFieldErrors
{
    private readonly Dictionary<string, (string Message, object? Value)> _errors = new(StringComparer.OrdinalIgnoreCase);

    public void Clear() => _errors.Clear();

    /// <summary>A field's check for its <c>Validation</c>: the server's message while the field holds the refused value.</summary>
    public Func<T, string?> For<T>(string field) =>
        value => _errors.TryGetValue(field, out var error) && Equals(error.Value, value) ? error.Message : null;

    /// <summary>
    /// Places the error's parts by the fields the dialog has (<paramref name="valueOf"/> answers null for a field it does
    /// not have); returns the text of what no field took, null when every part found its field.
    /// </summary>
    public string? Take(Error error, ErrorMessages messages, Func<string, object?> valueOf, IReadOnlyCollection<string> fields)
    {
        var parts = error is InvalidFields many ? [.. many.Errors] : new List<Error> { error };
        var left = new List<string>();
        foreach (var part in parts)
        {
            var field = part switch
            {
                InvalidInput input => input.Field,
                DuplicateContactPoint duplicate => duplicate.Field,
                _ => null,
            };
            if (field is not null && fields.Contains(field, StringComparer.OrdinalIgnoreCase))
            {
                _errors[field] = (messages.Of(part), valueOf(field));
            }
            else
            {
                left.Add(messages.Of(part));
            }
        }

        return left.Count == 0 ? null : string.Join(" ", left);
    }
}
