using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResponseTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InitialResponseSeconds",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxResponseSeconds",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ResponseCount",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ResponseWaitingSince",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotalResponseSeconds",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // An open conversation whose client is waiting for an answer keeps waiting since their oldest unanswered
            // message, so its next answer is timed. Earlier answers are not re-timed.
            migrationBuilder.Sql("""
                UPDATE Conversations SET ResponseWaitingSince = (
                    SELECT m.CreatedAt FROM Messages m
                    WHERE m.ConversationId = Conversations.Id AND m.Kind = 1
                      AND m.Id > COALESCE((SELECT MAX(a.Id) FROM Messages a WHERE a.ConversationId = Conversations.Id AND a.Kind = 2), 0)
                    ORDER BY m.Id LIMIT 1)
                WHERE IsOpen = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InitialResponseSeconds",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "MaxResponseSeconds",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ResponseCount",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ResponseWaitingSince",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "TotalResponseSeconds",
                table: "Conversations");
        }
    }
}
