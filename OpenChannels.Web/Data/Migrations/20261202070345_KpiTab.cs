using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class KpiTab : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeSpan>(
                name: "KpiInitialTarget",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KpiNotify",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "KpiNotifyEmployeeIds",
                table: "OpenChannels",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "KpiNotifyHolder",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "KpiSubsequentTarget",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KpiText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KpiWorkingHoursOnly",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KpiInitialTarget",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "KpiNotify",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "KpiNotifyEmployeeIds",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "KpiNotifyHolder",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "KpiSubsequentTarget",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "KpiText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "KpiWorkingHoursOnly",
                table: "OpenChannels");
        }
    }
}
