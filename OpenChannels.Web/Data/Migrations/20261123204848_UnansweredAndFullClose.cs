using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnansweredAndFullClose : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Conversations closed before the rating window existed are fully closed: they must not count
            // towards an agent's limit as "closed, awaiting rating".
            migrationBuilder.Sql("UPDATE \"Conversations\" SET \"Status\" = 6 WHERE \"Status\" = 5;");

            migrationBuilder.AddColumn<TimeSpan>(
                name: "FullCloseDelay",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnansweredAction",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "UnansweredAfter",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnansweredText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FullyClosesAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MarkedUnansweredAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnansweredDueAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_FullyClosesAt",
                table: "Conversations",
                column: "FullyClosesAt",
                filter: "\"FullyClosesAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_UnansweredDueAt",
                table: "Conversations",
                column: "UnansweredDueAt",
                filter: "\"UnansweredDueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_FullyClosesAt",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_UnansweredDueAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "FullCloseDelay",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "UnansweredAction",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "UnansweredAfter",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "UnansweredText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "FullyClosesAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "MarkedUnansweredAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "UnansweredDueAt",
                table: "Conversations");
        }
    }
}
