namespace OpenChannels.Domain.Common;

/// <summary>An upload over the size limit (a conversation's file, a profile photo); the API answers 413.</summary>
public sealed record FileTooLarge(string Field, long MaxBytes)
    : Error(Field == "Photo" ? "The photo is larger than {0} MB." : "The file is larger than {0} MB.", MaxBytes / 1024 / 1024);
