namespace OpenChannels.Tests.Support;

/// <summary>A Bot API call as the fake Telegram received it: the method, its parameters as text, an uploaded file, the answer's status.</summary>
public sealed record TelegramCall(string Method, IReadOnlyDictionary<string, string> Parameters, string? FileName, byte[]? File, int Status)
{
    public string this[string name] => Parameters.TryGetValue(name, out var value) ? value : string.Empty;
}
