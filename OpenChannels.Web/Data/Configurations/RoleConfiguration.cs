using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenChannels.Domain.Access;

namespace OpenChannels.Web.Data.Configurations;

public sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.ToTable("AccessRoles");
        builder.Property(r => r.Name).HasMaxLength(Role.NameMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(r => r.Levels);

        // One JSON object per role, entity name to level name: readable in the file, and a new entity needs no migration.
        builder.Property<Dictionary<Permission, AccessLevel>>("_levels")
            .HasColumnName("Levels")
            .HasConversion(
                levels => JsonSerializer.Serialize(levels.ToDictionary(l => l.Key.ToString(), l => l.Value.ToString()), (JsonSerializerOptions?)null),
                json => Parse(json),
                new ValueComparer<Dictionary<Permission, AccessLevel>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    levels => levels.Aggregate(0, (hash, l) => HashCode.Combine(hash, l.Key, l.Value)),
                    levels => new Dictionary<Permission, AccessLevel>(levels)));
    }

    /// <summary>Levels as stored; a name this version does not know (from a newer one) is left out, so the entity's least applies.</summary>
    private static Dictionary<Permission, AccessLevel> Parse(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])
            .Where(l => Enum.TryParse<Permission>(l.Key, out _) && Enum.TryParse<AccessLevel>(l.Value, out _))
            .ToDictionary(l => Enum.Parse<Permission>(l.Key), l => Enum.Parse<AccessLevel>(l.Value));
}
