using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmailThreads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_ClientId_ConnectorId",
                table: "Conversations");

            migrationBuilder.AddColumn<string>(
                name: "Thread",
                table: "Conversations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ClientId_ConnectorId_Thread",
                table: "Conversations",
                columns: new[] { "ClientId", "ConnectorId", "Thread" },
                unique: true,
                filter: "\"IsOpen\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_ClientId_ConnectorId_Thread",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "Thread",
                table: "Conversations");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ClientId_ConnectorId",
                table: "Conversations",
                columns: new[] { "ClientId", "ConnectorId" },
                unique: true,
                filter: "\"IsOpen\" = 1");
        }
    }
}
