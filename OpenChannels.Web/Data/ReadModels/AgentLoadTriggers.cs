namespace OpenChannels.Web.Data.ReadModels;

/// <summary>
/// The SQL that keeps <see cref="AgentLoad"/> in step with the Conversations table. A conversation counts while it
/// is held and open, or closed and still awaiting the client's rating (Status 5, A-6); which statuses a channel
/// leaves out of its limit is decided when reading (ConversationLoad.Counts), so one table serves every channel.
/// </summary>
public static class AgentLoadTriggers
{
    public const string Insert = "AgentLoads_OnInsert";
    public const string Update = "AgentLoads_OnUpdate";
    public const string Delete = "AgentLoads_OnDelete";

    private const string Held = "{0}.AssignedEmployeeId IS NOT NULL AND ({0}.IsOpen = 1 OR {0}.Status = 5)";

    private const string Add = """
        INSERT INTO AgentLoads (EmployeeId, Status, Answered, Count)
            SELECT NEW.AssignedEmployeeId, NEW.Status, NEW.FirstResponseAt IS NOT NULL, 1 WHERE {0}
            ON CONFLICT (EmployeeId, Status, Answered) DO UPDATE SET Count = Count + 1;
        """;

    private const string Remove = """
        UPDATE AgentLoads SET Count = Count - 1
            WHERE {0} AND EmployeeId = OLD.AssignedEmployeeId AND Status = OLD.Status AND Answered = (OLD.FirstResponseAt IS NOT NULL);
        """;

    public static string Create { get; } = $"""
        CREATE TRIGGER {Insert} AFTER INSERT ON Conversations BEGIN
        {Format(Add, "NEW")}
        END;
        CREATE TRIGGER {Update} AFTER UPDATE OF AssignedEmployeeId, Status, IsOpen, FirstResponseAt ON Conversations BEGIN
        {Format(Remove, "OLD")}
        {Format(Add, "NEW")}
        END;
        CREATE TRIGGER {Delete} AFTER DELETE ON Conversations BEGIN
        {Format(Remove, "OLD")}
        END;
        DELETE FROM AgentLoads;
        INSERT INTO AgentLoads (EmployeeId, Status, Answered, Count)
            SELECT AssignedEmployeeId, Status, FirstResponseAt IS NOT NULL, count(*) FROM Conversations
            WHERE {string.Format(System.Globalization.CultureInfo.InvariantCulture, Held, "Conversations")}
            GROUP BY AssignedEmployeeId, Status, FirstResponseAt IS NOT NULL;
        """;

    public static string Drop { get; } = $"DROP TRIGGER IF EXISTS {Insert}; DROP TRIGGER IF EXISTS {Update}; DROP TRIGGER IF EXISTS {Delete};";

    private static string Format(string statement, string row) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, string.Format(System.Globalization.CultureInfo.InvariantCulture, Held, row));
}
