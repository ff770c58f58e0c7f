using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AutomaticActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeSpan>(
                name: "ClientTimeout",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ClosingReply",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ClosingText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Greeting",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GreetingText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TimeoutReply",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TimeoutText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClientTimeoutDueAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ClientTimeoutDueAt",
                table: "Conversations",
                column: "ClientTimeoutDueAt",
                filter: "\"ClientTimeoutDueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Conversations_ClientTimeoutDueAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ClientTimeout",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ClosingReply",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ClosingText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "Greeting",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "GreetingText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "TimeoutReply",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "TimeoutText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ClientTimeoutDueAt",
                table: "Conversations");
        }
    }
}
