using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RatingTab : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RatingAskClient",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RatingClosesConversation",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RatingDuringConversation",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RatingLiveChatText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingOtherChannelsText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "RatingTimeLimit",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClientRatedAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClientRating",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientRatingComment",
                table: "Conversations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RatingDueAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RatingRequestedAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RatingWithdrawnAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupervisorComment",
                table: "Conversations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SupervisorRatedAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisorRatedByEmployeeId",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupervisorStars",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_RatingDueAt",
                table: "Conversations",
                column: "RatingDueAt",
                filter: "\"RatingDueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_RatingDueAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "RatingAskClient",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "RatingClosesConversation",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "RatingDuringConversation",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "RatingLiveChatText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "RatingOtherChannelsText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "RatingTimeLimit",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ClientRatedAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ClientRating",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ClientRatingComment",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "RatingDueAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "RatingRequestedAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "RatingWithdrawnAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "SupervisorComment",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "SupervisorRatedAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "SupervisorRatedByEmployeeId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "SupervisorStars",
                table: "Conversations");
        }
    }
}
