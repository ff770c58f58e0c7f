using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Crm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ContactFormAcceptorResponsible",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "CrmFixedSource",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CrmRecognise",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "CrmRouteToResponsible",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "CrmTransfereeResponsible",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "CrmWhenNotRecognised",
                table: "OpenChannels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CrmContactId",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CrmDealId",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CrmLeadId",
                table: "Conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecognisedBy",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CrmContactId",
                table: "Clients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CrmCompanies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResponsibleId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmCompanies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedFromConversationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmDealStages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDealStages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmTimeline",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmTimeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmContactPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmContactPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmContactPoints_CrmContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "CrmContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrmLeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Via = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedFromConversationId = table.Column<int>(type: "INTEGER", nullable: true),
                    DealId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmLeads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmLeads_CrmContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "CrmContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrmDeals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Via = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedFromConversationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmDealStages_StageId",
                        column: x => x.StageId,
                        principalTable: "CrmDealStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "CrmDealStages",
                columns: new[] { "Id", "Name", "Outcome", "Position" },
                values: new object[,]
                {
                    { 1, "New", 0, 0 },
                    { 2, "Qualified", 0, 1 },
                    { 3, "Proposal", 0, 2 },
                    { 4, "Won", 1, 100 },
                    { 5, "Lost", 2, 101 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CrmContactId",
                table: "Conversations",
                column: "CrmContactId",
                filter: "\"CrmContactId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CrmDealId",
                table: "Conversations",
                column: "CrmDealId",
                filter: "\"CrmDealId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CrmLeadId",
                table: "Conversations",
                column: "CrmLeadId",
                filter: "\"CrmLeadId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_CrmContactId",
                table: "Clients",
                column: "CrmContactId",
                filter: "\"CrmContactId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CrmCompanies_ResponsibleId",
                table: "CrmCompanies",
                column: "ResponsibleId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContactPoints_ContactId",
                table: "CrmContactPoints",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContactPoints_Kind_Value",
                table: "CrmContactPoints",
                columns: new[] { "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_CompanyId",
                table: "CrmContacts",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_ResponsibleId",
                table: "CrmContacts",
                column: "ResponsibleId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CompanyId",
                table: "CrmDeals",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_ContactId_ClosedAt",
                table: "CrmDeals",
                columns: new[] { "ContactId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CreatedFromConversationId",
                table: "CrmDeals",
                column: "CreatedFromConversationId",
                filter: "\"CreatedFromConversationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_ResponsibleId",
                table: "CrmDeals",
                column: "ResponsibleId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_StageId",
                table: "CrmDeals",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_ContactId_Status",
                table: "CrmLeads",
                columns: new[] { "ContactId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_CreatedFromConversationId",
                table: "CrmLeads",
                column: "CreatedFromConversationId",
                filter: "\"CreatedFromConversationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_ResponsibleId",
                table: "CrmLeads",
                column: "ResponsibleId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmTimeline_ItemKind_ItemId_At",
                table: "CrmTimeline",
                columns: new[] { "ItemKind", "ItemId", "At" });

            // The predefined roles get the CRM levels seed 004 implies: the administrator and the director everything, the
            // manager their own items. A custom role keeps the least (none) until someone gives it more.
            migrationBuilder.Sql("""
                UPDATE "AccessRoles" SET "Levels" = json_set("Levels", '$.ViewCrm', 'All', '$.EditCrm', 'All') WHERE "Kind" IN ('Administrator', 'Director');
                UPDATE "AccessRoles" SET "Levels" = json_set("Levels", '$.ViewCrm', 'Own', '$.EditCrm', 'Own') WHERE "Kind" = 'Manager';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmCompanies");

            migrationBuilder.DropTable(
                name: "CrmContactPoints");

            migrationBuilder.DropTable(
                name: "CrmDeals");

            migrationBuilder.DropTable(
                name: "CrmLeads");

            migrationBuilder.DropTable(
                name: "CrmTimeline");

            migrationBuilder.DropTable(
                name: "CrmDealStages");

            migrationBuilder.DropTable(
                name: "CrmContacts");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_CrmContactId",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_CrmDealId",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_CrmLeadId",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Clients_CrmContactId",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "ContactFormAcceptorResponsible",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "CrmFixedSource",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "CrmRecognise",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "CrmRouteToResponsible",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "CrmTransfereeResponsible",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "CrmWhenNotRecognised",
                table: "OpenChannels");

            migrationBuilder.DropColumn(
                name: "CrmContactId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "CrmDealId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "CrmLeadId",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "RecognisedBy",
                table: "Conversations");

            migrationBuilder.DropColumn(
                name: "CrmContactId",
                table: "Clients");
        }
    }
}
