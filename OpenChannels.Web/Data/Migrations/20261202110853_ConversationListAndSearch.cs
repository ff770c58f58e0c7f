using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConversationListAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MessageCount",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ConversationListColumns",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CreatedAt",
                table: "Conversations",
                column: "CreatedAt");

            // The full-text index of message text, kept by triggers in the message's own transaction (MessageSearch).
            // Accents are ignored, so "reponse" finds "réponse". Deleted messages leave it.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "MessagesFts" USING fts5("Text", content='Messages', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "MessagesFts"(rowid, "Text") SELECT "Id", "Text" FROM "Messages" WHERE "DeletedAt" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "Conversations" SET "MessageCount" =
                    (SELECT count(*) FROM "Messages" m WHERE m."ConversationId" = "Conversations"."Id" AND m."Kind" IN (1, 2));
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Messages_Search_OnInsert" AFTER INSERT ON "Messages"
                BEGIN
                    INSERT INTO "MessagesFts"(rowid, "Text") SELECT NEW."Id", NEW."Text" WHERE NEW."DeletedAt" IS NULL;
                    UPDATE "Conversations" SET "MessageCount" = "MessageCount" + 1 WHERE "Id" = NEW."ConversationId" AND NEW."Kind" IN (1, 2);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Messages_Search_OnUpdate" AFTER UPDATE OF "Text", "DeletedAt", "ConversationId" ON "Messages"
                BEGIN
                    INSERT INTO "MessagesFts"("MessagesFts", rowid, "Text") SELECT 'delete', OLD."Id", OLD."Text" WHERE OLD."DeletedAt" IS NULL;
                    INSERT INTO "MessagesFts"(rowid, "Text") SELECT NEW."Id", NEW."Text" WHERE NEW."DeletedAt" IS NULL;
                    UPDATE "Conversations" SET "MessageCount" = "MessageCount" - 1
                        WHERE "Id" = OLD."ConversationId" AND OLD."Kind" IN (1, 2) AND OLD."ConversationId" <> NEW."ConversationId";
                    UPDATE "Conversations" SET "MessageCount" = "MessageCount" + 1
                        WHERE "Id" = NEW."ConversationId" AND NEW."Kind" IN (1, 2) AND OLD."ConversationId" <> NEW."ConversationId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Messages_Search_OnDelete" AFTER DELETE ON "Messages"
                BEGIN
                    INSERT INTO "MessagesFts"("MessagesFts", rowid, "Text") SELECT 'delete', OLD."Id", OLD."Text" WHERE OLD."DeletedAt" IS NULL;
                    UPDATE "Conversations" SET "MessageCount" = "MessageCount" - 1 WHERE "Id" = OLD."ConversationId" AND OLD."Kind" IN (1, 2);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Messages_Search_OnInsert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Messages_Search_OnUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Messages_Search_OnDelete";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "MessagesFts";""");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_CreatedAt",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "MessageCount",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "ConversationListColumns",
                table: "AspNetUsers");
        }
    }
}
