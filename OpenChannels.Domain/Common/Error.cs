using System.Globalization;

namespace OpenChannels.Domain.Common;

/// <summary>
/// A failure a person can act on. <see cref="Template"/> is its English text with <c>{0}</c>… placeholders: the key its
/// translations are found by; <see cref="Message"/> is that text with the values filled in.
/// </summary>
public abstract record Error
{
    protected Error(string template, params object?[] arguments)
    {
        Template = template;
        Arguments = arguments;
    }

    public string Template { get; }

    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The message in English, as logs and the API's problem details carry it.</summary>
    public string Message => Arguments.Count == 0 ? Template : string.Format(CultureInfo.InvariantCulture, Template, [.. Arguments]);

    public virtual bool Equals(Error? other) =>
        other is not null && EqualityContract == other.EqualityContract && Template == other.Template && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(EqualityContract, Template);
}

/// <summary>An input broke a rule of the model; <see cref="Field"/> names the input when there is one.</summary>
public sealed record InvalidInput : Error
{
    public InvalidInput(string field, string reason, params object?[] arguments)
        : base(reason, arguments)
    {
        Field = field;
    }

    public string Field { get; }

    /// <summary>The reason in English, with its values filled in.</summary>
    public string Reason => Message;
}

/// <summary>The thing asked for does not exist (any more).</summary>
public sealed record NotFound(string What, int Id) : Error("{0} #{1} does not exist.", What, Id);

/// <summary>The request is valid on its own but conflicts with what is stored.</summary>
public sealed record Conflict : Error
{
    public Conflict(string reason, params object?[] arguments)
        : base(reason, arguments)
    {
    }
}
