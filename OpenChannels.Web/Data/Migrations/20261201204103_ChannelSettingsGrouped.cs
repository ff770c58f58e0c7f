using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenChannels.Web.Data.Migrations
{
    /// <summary>
    /// The channel's settings are grouped into value objects (working hours, automatic replies, unanswered policy);
    /// each keeps its column, so the schema does not change — only the model snapshot does.
    /// </summary>
    public partial class ChannelSettingsGrouped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
