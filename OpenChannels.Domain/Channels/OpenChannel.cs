using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Channels;

/// <summary>A named configuration that receives conversations from its connectors (SPEC: Domain words).</summary>
public sealed class OpenChannel
{
    public const int NameMaxLength = 100;

    private OpenChannel()
    {
        Name = string.Empty;
    }

    public OpenChannel(string name, DateTimeOffset now)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        IsActive = true;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>O-1: shown to clients.</summary>
    public string Name { get; private set; }

    /// <summary>O-2: when inactive, messages are stored but not shown to agents.</summary>
    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;
}
