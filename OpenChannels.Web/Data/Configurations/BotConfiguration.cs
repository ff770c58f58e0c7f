using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Bots;

namespace OpenChannels.Web.Data.Configurations;

public sealed class BotConfiguration : IEntityTypeConfiguration<Bot>
{
    public void Configure(EntityTypeBuilder<Bot> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(Bot.NameMaxLength);
        builder.Property(b => b.NoMatchText).HasMaxLength(FaqEntry.AnswerMaxLength);
        builder.Property(b => b.WebhookUrl).HasMaxLength(Bot.UrlMaxLength);
        builder.Property(b => b.ProtectedSecret).HasMaxLength(1000);
        builder.Property(b => b.TokenHash).HasMaxLength(64);

        // The bot API finds the bot by its token's hash.
        builder.HasIndex(b => b.TokenHash).IsUnique().HasFilter("\"TokenHash\" IS NOT NULL");
    }
}
