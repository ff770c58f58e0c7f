namespace OpenChannels.Web.Localization;

/// <summary>
/// The errors' texts in every language: keyed by <c>Error.Template</c> (the English text), with the words errors name
/// as values (fields such as "Name", things such as "Open channel") so they are translated too.
/// </summary>
public sealed class ErrorText;
