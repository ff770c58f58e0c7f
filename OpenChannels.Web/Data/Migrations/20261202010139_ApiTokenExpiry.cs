using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApiTokenExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ExpiresAt",
                table: "ApiTokens",
                type: "INTEGER",
                nullable: true);

            // Tokens made before expiry existed get the default 90 days from the upgrade, rather than never expiring or
            // expiring at once. The column holds DateTimeOffsetToBinaryConverter's form: (ticks / 1000) << 11, UTC.
            migrationBuilder.Sql(
                "UPDATE \"ApiTokens\" SET \"ExpiresAt\" = " +
                "(CAST(strftime('%s', 'now') AS INTEGER) * 10000 + 621355968000000) * 2048 + 90 * 86400 * 10000 * 2048 " +
                "WHERE \"ExpiresAt\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpiresAt",
                table: "ApiTokens");
        }
    }
}
