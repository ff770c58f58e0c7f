namespace OpenChannels.Domain.Conversations;

/// <summary>M-4: what an agent's reply box text asks for when it starts with a slash.</summary>
public sealed record SlashCommand(SlashCommandKind Kind, string Argument)
{
    /// <summary>Null when the text is an ordinary message (including "//" to send a literal slash).</summary>
    public static SlashCommand? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (!trimmed.StartsWith('/') || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var space = trimmed.IndexOf(' ');
        var name = (space < 0 ? trimmed[1..] : trimmed[1..space]).ToLowerInvariant();
        var argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return name switch
        {
            "quote" => new SlashCommand(SlashCommandKind.Quote, argument),
            "rename" => new SlashCommand(SlashCommandKind.Rename, argument),
            "id" => new SlashCommand(SlashCommandKind.Id, argument),
            _ => new SlashCommand(SlashCommandKind.Unknown, name),
        };
    }
}
