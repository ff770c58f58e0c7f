using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkingHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "HoursCloses",
                table: "OpenChannels",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(0, 0, 0));

            migrationBuilder.AddColumn<int>(
                name: "HoursDaysOff",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "HoursHolidays",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<TimeOnly>(
                name: "HoursOpens",
                table: "OpenChannels",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(0, 0, 0));

            migrationBuilder.AddColumn<string>(
                name: "HoursTimeZone",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NoAgentReply",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NoAgentText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutOfHoursReply",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OutOfHoursText",
                table: "OpenChannels",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShowWidgetOnlyDuringHours",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "OutOfHoursNoticeSentAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HoursCloses",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "HoursDaysOff",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "HoursHolidays",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "HoursOpens",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "HoursTimeZone",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "NoAgentReply",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "NoAgentText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "OutOfHoursReply",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "OutOfHoursText",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ShowWidgetOnlyDuringHours",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "OutOfHoursNoticeSentAt",
                table: "Conversations");
        }
    }
}
