using System.Diagnostics.CodeAnalysis;

namespace OpenChannels.Domain.Common;

/// <summary>The outcome of a use case that returns nothing on success.</summary>
public readonly record struct Result(Error? Error)
{
    public static Result Ok { get; } = new((Error?)null);

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static implicit operator Result(Error error) => new(error);
}

/// <summary>The outcome of a use case that returns a value on success.</summary>
public readonly record struct Result<T>(T? Value, Error? Error)
{
    [MemberNotNullWhen(false, nameof(Error))]
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Error is null;

    /// <summary>The outcome without the value, for callers that only need success or the error.</summary>
    public Result WithoutValue() => new(Error);

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
}
