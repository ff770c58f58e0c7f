namespace OpenChannels.Domain.Common;

/// <summary>An upload over the size limit (a conversation's file, a profile photo); the API answers 413.</summary>
public sealed record FileTooLarge(string Field, long MaxBytes)
    : Error($"The {Field.ToLowerInvariant()} is larger than {MaxBytes / 1024 / 1024} MB.");
