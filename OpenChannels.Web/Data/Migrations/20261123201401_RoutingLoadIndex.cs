using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RoutingLoadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_AssignedEmployeeId_IsOpen",
                table: "Conversations");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_AssignedEmployeeId",
                table: "Conversations",
                column: "AssignedEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_IsOpen_AssignedEmployeeId_Status_FirstResponseAt",
                table: "Conversations",
                columns: new[] { "IsOpen", "AssignedEmployeeId", "Status", "FirstResponseAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_AssignedEmployeeId",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_IsOpen_AssignedEmployeeId_Status_FirstResponseAt",
                table: "Conversations");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_AssignedEmployeeId_IsOpen",
                table: "Conversations",
                columns: new[] { "AssignedEmployeeId", "IsOpen" });
        }
    }
}
