using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgentLoadsPerChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // O-2: the counts per open channel, so an inactive channel's conversations take no place under a limit. The
            // table is rebuilt from the conversations and the triggers rewritten with the channel (and a move between
            // channels) in them; written out here, not built from code, so this migration never changes.
            migrationBuilder.Sql("""
                DROP TRIGGER AgentLoads_OnInsert;
                DROP TRIGGER AgentLoads_OnUpdate;
                DROP TRIGGER AgentLoads_OnDelete;
                DROP TABLE AgentLoads;
                CREATE TABLE AgentLoads (
                    EmployeeId INTEGER NOT NULL,
                    OpenChannelId INTEGER NOT NULL,
                    Status INTEGER NOT NULL,
                    Answered INTEGER NOT NULL,
                    Count INTEGER NOT NULL,
                    CONSTRAINT PK_AgentLoads PRIMARY KEY (EmployeeId, OpenChannelId, Status, Answered));
                -- A conversation counts towards its holder while open, or closed and awaiting the rating (Status 5 = Closed).
                CREATE TRIGGER AgentLoads_OnInsert AFTER INSERT ON Conversations BEGIN
                    INSERT INTO AgentLoads (EmployeeId, OpenChannelId, Status, Answered, Count)
                        SELECT NEW.AssignedEmployeeId, NEW.OpenChannelId, NEW.Status, NEW.FirstResponseAt IS NOT NULL, 1 WHERE NEW.AssignedEmployeeId IS NOT NULL AND (NEW.IsOpen = 1 OR NEW.Status = 5)
                        ON CONFLICT (EmployeeId, OpenChannelId, Status, Answered) DO UPDATE SET Count = Count + 1;
                END;
                CREATE TRIGGER AgentLoads_OnUpdate AFTER UPDATE OF AssignedEmployeeId, OpenChannelId, Status, IsOpen, FirstResponseAt ON Conversations BEGIN
                    UPDATE AgentLoads SET Count = Count - 1
                        WHERE OLD.AssignedEmployeeId IS NOT NULL AND (OLD.IsOpen = 1 OR OLD.Status = 5) AND EmployeeId = OLD.AssignedEmployeeId
                            AND OpenChannelId = OLD.OpenChannelId AND Status = OLD.Status AND Answered = (OLD.FirstResponseAt IS NOT NULL);
                    INSERT INTO AgentLoads (EmployeeId, OpenChannelId, Status, Answered, Count)
                        SELECT NEW.AssignedEmployeeId, NEW.OpenChannelId, NEW.Status, NEW.FirstResponseAt IS NOT NULL, 1 WHERE NEW.AssignedEmployeeId IS NOT NULL AND (NEW.IsOpen = 1 OR NEW.Status = 5)
                        ON CONFLICT (EmployeeId, OpenChannelId, Status, Answered) DO UPDATE SET Count = Count + 1;
                END;
                CREATE TRIGGER AgentLoads_OnDelete AFTER DELETE ON Conversations BEGIN
                    UPDATE AgentLoads SET Count = Count - 1
                        WHERE OLD.AssignedEmployeeId IS NOT NULL AND (OLD.IsOpen = 1 OR OLD.Status = 5) AND EmployeeId = OLD.AssignedEmployeeId
                            AND OpenChannelId = OLD.OpenChannelId AND Status = OLD.Status AND Answered = (OLD.FirstResponseAt IS NOT NULL);
                END;
                INSERT INTO AgentLoads (EmployeeId, OpenChannelId, Status, Answered, Count)
                    SELECT AssignedEmployeeId, OpenChannelId, Status, FirstResponseAt IS NOT NULL, count(*) FROM Conversations
                    WHERE Conversations.AssignedEmployeeId IS NOT NULL AND (Conversations.IsOpen = 1 OR Conversations.Status = 5)
                    GROUP BY AssignedEmployeeId, OpenChannelId, Status, FirstResponseAt IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the counts per agent (the AgentLoadCounters shape), rebuilt from the conversations.
            migrationBuilder.Sql("""
                DROP TRIGGER AgentLoads_OnInsert;
                DROP TRIGGER AgentLoads_OnUpdate;
                DROP TRIGGER AgentLoads_OnDelete;
                DROP TABLE AgentLoads;
                CREATE TABLE AgentLoads (
                    EmployeeId INTEGER NOT NULL,
                    Status INTEGER NOT NULL,
                    Answered INTEGER NOT NULL,
                    Count INTEGER NOT NULL,
                    CONSTRAINT PK_AgentLoads PRIMARY KEY (EmployeeId, Status, Answered));
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
    }
}
