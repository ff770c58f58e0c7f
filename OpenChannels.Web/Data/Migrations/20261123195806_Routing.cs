using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Routing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_QueueMembers",
                table: "QueueMembers");

            migrationBuilder.AlterColumn<int>(
                name: "EmployeeId",
                table: "QueueMembers",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "DepartmentId",
                table: "QueueMembers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AgentInfo",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "QueueAlwaysMonitor",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "QueueCheckAvailability",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "QueueExcludedFromLimit",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "QueueIdleTime",
                table: "OpenChannels",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeSpan(0, 0, 0, 0, 0));

            migrationBuilder.AddColumn<int>(
                name: "QueueLimit",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QueueMode",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "TracksWorkTime",
                table: "Employees",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "IdleTransferDueAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NoAgentNoticeSentAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_QueueMembers",
                table: "QueueMembers",
                columns: new[] { "OpenChannelId", "Position" });

            migrationBuilder.CreateTable(
                name: "AgentStatuses",
                columns: table => new
                {
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WorkDay = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkDayStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BreakStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WorkDayEndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BreaksToday = table.Column<TimeSpan>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentStatuses", x => x.EmployeeId);
                    table.ForeignKey(
                        name: "FK_AgentStatuses_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoutingAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    ViaResponsiblePerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    Candidates = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingAudit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoutingAudit_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QueueMembers_DepartmentId",
                table: "QueueMembers",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_IdleTransferDueAt",
                table: "Conversations",
                column: "IdleTransferDueAt",
                filter: "\"IdleTransferDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_IsOpen_LastMessageAt",
                table: "Conversations",
                columns: new[] { "IsOpen", "LastMessageAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingAudit_ConversationId_Id",
                table: "RoutingAudit",
                columns: new[] { "ConversationId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_QueueMembers_Departments_DepartmentId",
                table: "QueueMembers",
                column: "DepartmentId",
                principalTable: "Departments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_QueueMembers_Departments_DepartmentId",
                table: "QueueMembers");

            migrationBuilder.DropTable(
                name: "AgentStatuses");

            migrationBuilder.DropTable(
                name: "RoutingAudit");

            migrationBuilder.DropPrimaryKey(
                name: "PK_QueueMembers",
                table: "QueueMembers");

            migrationBuilder.DropIndex(
                name: "IX_QueueMembers_DepartmentId",
                table: "QueueMembers");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_IdleTransferDueAt",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_IsOpen_LastMessageAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "QueueMembers");

            migrationBuilder.DropColumn(
                name: "AgentInfo",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "QueueAlwaysMonitor",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "QueueCheckAvailability",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "QueueExcludedFromLimit",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "QueueIdleTime",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "QueueLimit",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "QueueMode",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "TracksWorkTime",
                table: "Employees");

            migrationBuilder.DropColumn(
                name: "IdleTransferDueAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "NoAgentNoticeSentAt",
                table: "Conversations");

            migrationBuilder.AlterColumn<int>(
                name: "EmployeeId",
                table: "QueueMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_QueueMembers",
                table: "QueueMembers",
                columns: new[] { "OpenChannelId", "EmployeeId" });
        }
    }
}
