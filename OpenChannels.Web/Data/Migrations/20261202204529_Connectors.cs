using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Connectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Clients_ConnectorId",
                table: "Clients");

            migrationBuilder.AddColumn<long>(
                name: "DisabledAt",
                table: "Connectors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsEnabled",
                table: "Connectors",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "Connectors",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastErrorAt",
                table: "Connectors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastInboundAt",
                table: "Connectors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastOutboundAt",
                table: "Connectors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PausedReply",
                table: "Connectors",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedSecret",
                table: "Connectors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Settings",
                table: "Connectors",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TokenHash",
                table: "Connectors",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebhookUrl",
                table: "Connectors",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "Clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Handle",
                table: "Clients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChannelWebhooks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OpenChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Events = table.Column<int>(type: "INTEGER", nullable: false),
                    IsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastDeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastErrorAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelWebhooks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelWebhooks_OpenChannels_OpenChannelId",
                        column: x => x.OpenChannelId,
                        principalTable: "OpenChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboundDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationId = table.Column<int>(type: "INTEGER", nullable: true),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReplayedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GivenUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastStatus = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboundDeliveries_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Connectors_TokenHash",
                table: "Connectors",
                column: "TokenHash",
                unique: true,
                filter: "\"TokenHash\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_ConnectorId_ExternalId",
                table: "Clients",
                columns: new[] { "ConnectorId", "ExternalId" },
                unique: true,
                filter: "\"ExternalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelWebhooks_OpenChannelId",
                table: "ChannelWebhooks",
                column: "OpenChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundDeliveries_ConversationId",
                table: "OutboundDeliveries",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundDeliveries_EventId",
                table: "OutboundDeliveries",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundDeliveries_NextAttemptAt",
                table: "OutboundDeliveries",
                column: "NextAttemptAt",
                filter: "\"NextAttemptAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundDeliveries_Target_TargetId_ConversationId_Id",
                table: "OutboundDeliveries",
                columns: new[] { "Target", "TargetId", "ConversationId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelWebhooks");

            migrationBuilder.DropTable(
                name: "OutboundDeliveries");

            migrationBuilder.DropIndex(
                name: "IX_Connectors_TokenHash",
                table: "Connectors");

            migrationBuilder.DropIndex(
                name: "IX_Clients_ConnectorId_ExternalId",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "IsEnabled",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "LastErrorAt",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "LastInboundAt",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "LastOutboundAt",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "PausedReply",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "ProtectedSecret",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "Settings",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "TokenHash",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "WebhookUrl",
                table: "Connectors");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "Handle",
                table: "Clients");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_ConnectorId",
                table: "Clients",
                column: "ConnectorId");
        }
    }
}
