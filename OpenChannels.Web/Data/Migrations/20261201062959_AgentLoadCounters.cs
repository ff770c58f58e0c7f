using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgentLoadCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgentLoads",
                columns: table => new
                {
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentLoads", x => new { x.EmployeeId, x.Status, x.Answered });
                });

            // The triggers that keep the counts (names in ReadModels.AgentLoadTriggers), and the counts of the
            // conversations already there. Written out here, not built from code, so this migration never changes.
            migrationBuilder.Sql("""
                -- A conversation counts towards its holder while open, or closed and awaiting the rating (Status 5 = Closed).
                CREATE TRIGGER AgentLoads_OnInsert AFTER INSERT ON Conversations BEGIN
                    INSERT INTO AgentLoads (EmployeeId, Status, Answered, Count)
                        SELECT NEW.AssignedEmployeeId, NEW.Status, NEW.FirstResponseAt IS NOT NULL, 1 WHERE NEW.AssignedEmployeeId IS NOT NULL AND (NEW.IsOpen = 1 OR NEW.Status = 5)
                        ON CONFLICT (EmployeeId, Status, Answered) DO UPDATE SET Count = Count + 1;
                END;
                CREATE TRIGGER AgentLoads_OnUpdate AFTER UPDATE OF AssignedEmployeeId, Status, IsOpen, FirstResponseAt ON Conversations BEGIN
                    UPDATE AgentLoads SET Count = Count - 1
                        WHERE OLD.AssignedEmployeeId IS NOT NULL AND (OLD.IsOpen = 1 OR OLD.Status = 5) AND EmployeeId = OLD.AssignedEmployeeId AND Status = OLD.Status AND Answered = (OLD.FirstResponseAt IS NOT NULL);
                    INSERT INTO AgentLoads (EmployeeId, Status, Answered, Count)
                        SELECT NEW.AssignedEmployeeId, NEW.Status, NEW.FirstResponseAt IS NOT NULL, 1 WHERE NEW.AssignedEmployeeId IS NOT NULL AND (NEW.IsOpen = 1 OR NEW.Status = 5)
                        ON CONFLICT (EmployeeId, Status, Answered) DO UPDATE SET Count = Count + 1;
                END;
                CREATE TRIGGER AgentLoads_OnDelete AFTER DELETE ON Conversations BEGIN
                    UPDATE AgentLoads SET Count = Count - 1
                        WHERE OLD.AssignedEmployeeId IS NOT NULL AND (OLD.IsOpen = 1 OR OLD.Status = 5) AND EmployeeId = OLD.AssignedEmployeeId AND Status = OLD.Status AND Answered = (OLD.FirstResponseAt IS NOT NULL);
                END;
                INSERT INTO AgentLoads (EmployeeId, Status, Answered, Count)
                    SELECT AssignedEmployeeId, Status, FirstResponseAt IS NOT NULL, count(*) FROM Conversations
                    WHERE Conversations.AssignedEmployeeId IS NOT NULL AND (Conversations.IsOpen = 1 OR Conversations.Status = 5)
                    GROUP BY AssignedEmployeeId, Status, FirstResponseAt IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AgentLoads_OnInsert; DROP TRIGGER AgentLoads_OnUpdate; DROP TRIGGER AgentLoads_OnDelete;");
            migrationBuilder.DropTable(
                name: "AgentLoads");
        }
    }
}
