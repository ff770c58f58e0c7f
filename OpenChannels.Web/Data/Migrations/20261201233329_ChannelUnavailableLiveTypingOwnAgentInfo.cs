using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChannelUnavailableLiveTypingOwnAgentInfo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgentDisplayName",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgentPhotoFile",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LiveTyping",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // A-9 is on by default, as existing channels behaved

            migrationBuilder.AddColumn<string>(
                name: "UnavailableText",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgentDisplayName",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "AgentPhotoFile",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "LiveTyping",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "UnavailableText",
                table: "OpenChannels");
        }
    }
}
