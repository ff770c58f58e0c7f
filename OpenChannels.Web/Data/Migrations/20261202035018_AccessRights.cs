using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccessRights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Levels = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmployeeGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MemberIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeeGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccessRoleHolders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HolderId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessRoleHolders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessRoleHolders_AccessRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AccessRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessRoleHolders_Kind_HolderId",
                table: "AccessRoleHolders",
                columns: new[] { "Kind", "HolderId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessRoleHolders_RoleId_Kind_HolderId",
                table: "AccessRoleHolders",
                columns: new[] { "RoleId", "Kind", "HolderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeGroups_Name",
                table: "EmployeeGroups",
                column: "Name",
                unique: true);

            // P-1: the three predefined roles, with the levels of seed 004 (docs/decisions/0013), written out here so
            // that this step stays what it was whatever the code later says.
            migrationBuilder.Sql("""
                INSERT INTO AccessRoles (Id, Kind, Name, Levels) VALUES
                (1, 'Administrator', 'Administrator', '{"ViewOpenChannels":"All","ModifyOpenChannels":"All","ConnectChannels":"All","ConversationList":"All","ConversationHistory":"All","JoinConversation":"All","RateConversations":"All","ChangeAccessRights":"All","QuickReplies":"All"}'),
                (2, 'Director', 'Director', '{"ViewOpenChannels":"All","ModifyOpenChannels":"None","ConnectChannels":"None","ConversationList":"All","ConversationHistory":"All","JoinConversation":"All","RateConversations":"All","ChangeAccessRights":"None","QuickReplies":"All"}'),
                (3, 'Manager', 'Manager', '{"ViewOpenChannels":"Own","ModifyOpenChannels":"None","ConnectChannels":"None","ConversationList":"Own","ConversationHistory":"Own","JoinConversation":"Own","RateConversations":"None","ChangeAccessRights":"None","QuickReplies":"Own"}');
                """);

            // An existing installation keeps what its people could do: administrators hold Administrator; the other
            // employees of a queue, and the departments a queue names, hold Manager.
            migrationBuilder.Sql("""
                INSERT INTO AccessRoleHolders (RoleId, Kind, HolderId)
                SELECT DISTINCT 1, 'Employee', u.EmployeeId
                FROM AspNetUsers u
                JOIN AspNetUserRoles ur ON ur.UserId = u.Id
                JOIN AspNetRoles r ON r.Id = ur.RoleId
                WHERE r.Name = 'Administrator';
                """);
            migrationBuilder.Sql("""
                INSERT INTO AccessRoleHolders (RoleId, Kind, HolderId)
                SELECT DISTINCT 3, 'Employee', CAST(json_extract(member.value, '$.EmployeeId') AS INTEGER)
                FROM OpenChannels channel, json_each(channel.Queue) member
                WHERE json_extract(member.value, '$.EmployeeId') IS NOT NULL
                  AND CAST(json_extract(member.value, '$.EmployeeId') AS INTEGER) NOT IN
                      (SELECT HolderId FROM AccessRoleHolders WHERE RoleId = 1 AND Kind = 'Employee');
                """);
            migrationBuilder.Sql("""
                INSERT INTO AccessRoleHolders (RoleId, Kind, HolderId)
                SELECT DISTINCT 3, 'Department', CAST(json_extract(member.value, '$.DepartmentId') AS INTEGER)
                FROM OpenChannels channel, json_each(channel.Queue) member
                WHERE json_extract(member.value, '$.DepartmentId') IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessRoleHolders");

            migrationBuilder.DropTable(
                name: "EmployeeGroups");

            migrationBuilder.DropTable(
                name: "AccessRoles");
        }
    }
}
