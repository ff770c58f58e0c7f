using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentContactFormAndQuickReplyLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_QuickReplies_OpenChannels_OpenChannelId",
                table: "QuickReplies");

            migrationBuilder.RenameColumn(
                name: "OpenChannelId",
                table: "QuickReplies",
                newName: "ListId");

            migrationBuilder.RenameIndex(
                name: "IX_QuickReplies_OpenChannelId",
                table: "QuickReplies",
                newName: "IX_QuickReplies_ListId");

            migrationBuilder.AddColumn<int>(
                name: "ConsentAgreementId",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConsentRequired",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ContactFormEmail",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "ContactFormMode",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ContactFormName",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "ContactFormPhone",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "QuickReplyListId",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ContactGivenAt",
                table: "Clients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuickReplyLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuickReplyLists", x => x.Id);
                });

            // Quick replies belonged to a channel; each such channel now gets a list of its own (named after it) holding
            // them, so agents keep the same picker. The renamed ListId column already holds the channel's id.
            migrationBuilder.Sql("""
                INSERT INTO "QuickReplyLists" ("Id", "Name", "CreatedAt")
                SELECT c."Id",
                       CASE WHEN EXISTS (SELECT 1 FROM "OpenChannels" o WHERE o."Name" = c."Name" COLLATE NOCASE AND o."Id" < c."Id")
                            THEN c."Name" || ' (' || c."Id" || ')' ELSE c."Name" END,
                       c."CreatedAt"
                FROM "OpenChannels" c
                WHERE EXISTS (SELECT 1 FROM "QuickReplies" q WHERE q."ListId" = c."Id");
                UPDATE "OpenChannels" SET "QuickReplyListId" = "Id" WHERE "Id" IN (SELECT "Id" FROM "QuickReplyLists");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_OpenChannels_ConsentAgreementId",
                table: "OpenChannels",
                column: "ConsentAgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenChannels_QuickReplyListId",
                table: "OpenChannels",
                column: "QuickReplyListId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ClientId_AgreementId_AgreementVersion",
                table: "ConsentRecords",
                columns: new[] { "ClientId", "AgreementId", "AgreementVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuickReplyLists_Name",
                table: "QuickReplyLists",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_OpenChannels_Agreements_ConsentAgreementId",
                table: "OpenChannels",
                column: "ConsentAgreementId",
                principalTable: "Agreements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_OpenChannels_QuickReplyLists_QuickReplyListId",
                table: "OpenChannels",
                column: "QuickReplyListId",
                principalTable: "QuickReplyLists",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_QuickReplies_QuickReplyLists_ListId",
                table: "QuickReplies",
                column: "ListId",
                principalTable: "QuickReplyLists",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OpenChannels_Agreements_ConsentAgreementId",
                table: "OpenChannels");

            migrationBuilder.DropForeignKey(
                name: "FK_OpenChannels_QuickReplyLists_QuickReplyListId",
                table: "OpenChannels");

            migrationBuilder.DropForeignKey(
                name: "FK_QuickReplies_QuickReplyLists_ListId",
                table: "QuickReplies");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "QuickReplyLists");

            migrationBuilder.DropIndex(
                name: "IX_OpenChannels_ConsentAgreementId",
                table: "OpenChannels");

            migrationBuilder.DropIndex(
                name: "IX_OpenChannels_QuickReplyListId",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ConsentAgreementId",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ConsentRequired",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ContactFormEmail",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ContactFormMode",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ContactFormName",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ContactFormPhone",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "QuickReplyListId",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "ContactGivenAt",
                table: "Clients");

            migrationBuilder.RenameColumn(
                name: "ListId",
                table: "QuickReplies",
                newName: "OpenChannelId");

            migrationBuilder.RenameIndex(
                name: "IX_QuickReplies_ListId",
                table: "QuickReplies",
                newName: "IX_QuickReplies_OpenChannelId");

            migrationBuilder.AddForeignKey(
                name: "FK_QuickReplies_OpenChannels_OpenChannelId",
                table: "QuickReplies",
                column: "OpenChannelId",
                principalTable: "OpenChannels",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
