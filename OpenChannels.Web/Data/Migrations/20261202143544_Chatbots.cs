using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Chatbots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ChatbotActivation",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChatbotBotId",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChatbotDisconnect",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "ChatbotEnabled",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "ChatbotHandOverAfter",
                table: "OpenChannels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BotId",
                table: "Messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BotHandOverDueAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BotId",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BotStaysUntilEnd",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "HandOverReason",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HandedOverAt",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Bots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NoMatchText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WebhookUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FailureLimit = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BotDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BotId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: true),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GivenUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BotDeliveries_Bots_BotId",
                        column: x => x.BotId,
                        principalTable: "Bots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BotDeliveries_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BotLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BotId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HandedOver = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BotLog_Bots_BotId",
                        column: x => x.BotId,
                        principalTable: "Bots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FaqEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<int>(type: "INTEGER", nullable: true),
                    Phrasings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OffersAgent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FaqEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FaqEntries_Bots_BotId",
                        column: x => x.BotId,
                        principalTable: "Bots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_BotId_ClientMessageId",
                table: "Messages",
                columns: new[] { "BotId", "ClientMessageId" },
                unique: true,
                filter: "\"BotId\" IS NOT NULL AND \"ClientMessageId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_BotHandOverDueAt",
                table: "Conversations",
                column: "BotHandOverDueAt",
                filter: "\"BotHandOverDueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_BotId",
                table: "Conversations",
                column: "BotId",
                filter: "\"BotId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BotDeliveries_BotId",
                table: "BotDeliveries",
                column: "BotId");

            migrationBuilder.CreateIndex(
                name: "IX_BotDeliveries_ConversationId_Id",
                table: "BotDeliveries",
                columns: new[] { "ConversationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_BotDeliveries_NextAttemptAt",
                table: "BotDeliveries",
                column: "NextAttemptAt",
                filter: "\"NextAttemptAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BotLog_BotId_Id",
                table: "BotLog",
                columns: new[] { "BotId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Bots_TokenHash",
                table: "Bots",
                column: "TokenHash",
                unique: true,
                filter: "\"TokenHash\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FaqEntries_BotId",
                table: "FaqEntries",
                column: "BotId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BotDeliveries");

            migrationBuilder.DropTable(
                name: "BotLog");

            migrationBuilder.DropTable(
                name: "FaqEntries");

            migrationBuilder.DropTable(
                name: "Bots");

            migrationBuilder.DropIndex(
                name: "IX_Messages_BotId_ClientMessageId",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_BotHandOverDueAt",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_BotId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ChatbotActivation",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ChatbotBotId",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ChatbotDisconnect",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ChatbotEnabled",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ChatbotHandOverAfter",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "BotId",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "BotHandOverDueAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "BotId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "BotStaysUntilEnd",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "HandOverReason",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "HandedOverAt",
                table: "Conversations");
        }
    }
}
