using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MessageAuthorIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Messages_AuthorEmployeeId_ConversationId",
                table: "Messages",
                columns: new[] { "AuthorEmployeeId", "ConversationId" },
                filter: "\"AuthorEmployeeId\" IS NOT NULL AND \"Kind\" = 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_AuthorEmployeeId_ConversationId",
                table: "Messages");
        }
    }
}
