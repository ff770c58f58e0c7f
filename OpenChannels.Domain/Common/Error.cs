namespace OpenChannels.Domain.Common;

/// <summary>A failure a person can act on: the message is shown to them as it is.</summary>
public abstract record Error(string Message);

/// <summary>An input broke a rule of the model; <see cref="Field"/> names the input when there is one.</summary>
public sealed record InvalidInput(string Field, string Reason) : Error(Reason);

/// <summary>The thing asked for does not exist (any more).</summary>
public sealed record NotFound(string What, int Id) : Error($"{What} #{Id} does not exist.");

/// <summary>The request is valid on its own but conflicts with what is stored.</summary>
public sealed record Conflict(string Reason) : Error(Reason);
