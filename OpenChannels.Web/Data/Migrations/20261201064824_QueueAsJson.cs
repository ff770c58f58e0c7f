using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class QueueAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Queue",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            // Every queue moves into its channel's row, in order, before the table goes.
            migrationBuilder.Sql("""
                UPDATE OpenChannels SET Queue = COALESCE((
                    SELECT json_group_array(json_object('DepartmentId', q.DepartmentId, 'EmployeeId', q.EmployeeId, 'Position', q.Position))
                    FROM (SELECT * FROM QueueMembers WHERE OpenChannelId = OpenChannels.Id ORDER BY Position) AS q), '[]');
                """);

            migrationBuilder.DropTable(
                name: "QueueMembers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QueueMembers",
                columns: table => new
                {
                    OpenChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueMembers", x => new { x.OpenChannelId, x.Position });
                    table.ForeignKey(
                        name: "FK_QueueMembers_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QueueMembers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QueueMembers_OpenChannels_OpenChannelId",
                        column: x => x.OpenChannelId,
                        principalTable: "OpenChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QueueMembers_DepartmentId",
                table: "QueueMembers",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueMembers_EmployeeId",
                table: "QueueMembers",
                column: "EmployeeId");

            migrationBuilder.Sql("""
                INSERT INTO QueueMembers (OpenChannelId, Position, DepartmentId, EmployeeId)
                SELECT c.Id, json_extract(m.value, '$.Position'), json_extract(m.value, '$.DepartmentId'), json_extract(m.value, '$.EmployeeId')
                FROM OpenChannels AS c, json_each(COALESCE(c.Queue, '[]')) AS m;
                """);

            migrationBuilder.DropColumn(
                name: "Queue",
                table: "OpenChannels");
        }
    }
}
