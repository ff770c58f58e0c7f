using Microsoft.Extensions.Localization;
using OpenChannels.Domain.Common;

namespace OpenChannels.Web.Localization;

/// <summary>An error as the person reading it should see it: in their language, with its values filled in.</summary>
public sealed class ErrorMessages(IStringLocalizer<ErrorText> text, ILogger<ErrorMessages> logger)
{
    public string Of(Error error)
    {
        if (error is InvalidFields fields)
        {
            return string.Join(" ", fields.Errors.Select(Of));
        }

        // Without values the template is the text as it is: it may hold braces (a JSON example) that are not placeholders.
        var found = error.Arguments.Count == 0
            ? text[error.Template]
            : text[error.Template, [.. error.Arguments.Select(a => Translated(a) ?? string.Empty)]];
        if (found.ResourceNotFound)
        {
            logger.LogDebug("No translation for the error text {Template}", error.Template);
        }

        return found;
    }

    /// <summary>A word an error names (a field, a kind of thing) is translated; a value someone typed is left as it is.</summary>
    private object? Translated(object? argument) =>
        argument is string word && text[word] is { ResourceNotFound: false } found ? found.Value : argument;
}
