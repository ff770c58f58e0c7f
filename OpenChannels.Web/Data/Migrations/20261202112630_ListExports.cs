using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ConversationId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "ExportId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ListExports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Rows = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListExports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListExports_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ExportId",
                table: "Notifications",
                column: "ExportId");

            migrationBuilder.CreateIndex(
                name: "IX_ListExports_EmployeeId",
                table: "ListExports",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_ListExports_Status",
                table: "ListExports",
                column: "Status",
                filter: "\"Status\" IN (1, 2)");

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_ListExports_ExportId",
                table: "Notifications",
                column: "ExportId",
                principalTable: "ListExports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_ListExports_ExportId",
                table: "Notifications");

            migrationBuilder.DropTable(
                name: "ListExports");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_ExportId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ExportId",
                table: "Notifications");

            migrationBuilder.AlterColumn<int>(
                name: "ConversationId",
                table: "Notifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
