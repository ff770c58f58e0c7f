namespace OpenChannels.Web.Data;

/// <summary>Builds LIKE patterns from what a person typed, so % and _ are searched for, not wildcards.</summary>
public static class SqlLike
{
    public const string Escape = "\\";

    public static string Contains(string search) =>
        $"%{search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
}
