using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Channels;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Consent;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Consent;

/// <summary>C-1: the Consent tab of a channel and the custom agreements channels choose from.</summary>
public sealed class ConsentService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes, TimeProvider clock)
{
    public async Task<ConsentForm?> GetAsync(int openChannelId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var channel = await db.OpenChannels.AsNoTracking().FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return null;
        }

        var builtIn = AgreementTerms.BuiltIn(channel.Language);
        return new ConsentForm
        {
            Required = channel.ConsentRequired,
            AgreementId = channel.ConsentAgreementId ?? AgreementTerms.BuiltInId,
            BuiltInTitle = builtIn.Title,
            BuiltInText = builtIn.Text,
        };
    }

    public Task<Result> SaveAsync(int openChannelId, ConsentForm form) => writes.RunAsync(async db =>
    {
        var channel = await db.OpenChannels.FirstOrDefaultAsync(c => c.Id == openChannelId);
        if (channel is null)
        {
            return new NotFound("Open channel", openChannelId);
        }

        int? agreementId = form.AgreementId == AgreementTerms.BuiltInId ? null : form.AgreementId;
        if (agreementId is { } id && !await db.Agreements.AnyAsync(a => a.Id == id))
        {
            return new InvalidInput("Agreement", "That agreement no longer exists. Choose another one.");
        }

        channel.ChangeConsent(new ConsentSettings(form.Required, agreementId));
        await db.SaveChangesAsync();
        return Result.Ok;
    });

    public async Task<IReadOnlyList<AgreementRow>> AgreementsAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var agreements = await db.Agreements.AsNoTracking().OrderBy(a => a.Title).ToListAsync();
        var users = await db.OpenChannels.AsNoTracking().Where(c => c.ConsentAgreementId != null)
            .Select(c => new { c.ConsentAgreementId, c.Name }).ToListAsync();
        var acceptances = await db.ConsentRecords.AsNoTracking()
            .GroupBy(r => new { r.AgreementId, r.AgreementVersion })
            .Select(g => new { g.Key.AgreementId, g.Key.AgreementVersion, Count = g.Count() })
            .ToListAsync();
        return agreements.Select(a => new AgreementRow(
            a.Id,
            a.Title,
            a.Text,
            a.Version,
            a.ChangedAt,
            users.Where(u => u.ConsentAgreementId == a.Id).Select(u => u.Name).Order().ToList(),
            acceptances.FirstOrDefault(x => x.AgreementId == a.Id && x.AgreementVersion == a.Version)?.Count ?? 0)).ToList();
    }

    public Task<Result<int>> CreateAgreementAsync(string title, string text) => writes.RunAsync<int>(async db =>
    {
        var agreement = new Agreement(title, text, clock.GetUtcNow());
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
        return agreement.Id;
    });

    /// <summary>A changed wording is a new version: clients who accepted an earlier one are asked again.</summary>
    public Task<Result> RewordAgreementAsync(int agreementId, string title, string text) => writes.RunAsync(async db =>
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId);
        if (agreement is null)
        {
            return new NotFound("Agreement", agreementId);
        }

        agreement.Reword(title, text, clock.GetUtcNow());
        await db.SaveChangesAsync();
        return Result.Ok;
    });

    /// <summary>Refused while a channel asks for it; the acceptances already given stay as they were.</summary>
    public Task<Result> DeleteAgreementAsync(int agreementId) => writes.RunAsync(async db =>
    {
        var users = await db.OpenChannels.Where(c => c.ConsentAgreementId == agreementId).Select(c => c.Name).ToListAsync();
        if (users.Count > 0)
        {
            return new Conflict(users.Count == 1 ? "{0} asks for this agreement. Choose another agreement there first." : "{0} ask for this agreement. Choose another agreement there first.", string.Join(", ", users));
        }

        var deleted = await db.Agreements.Where(a => a.Id == agreementId).ExecuteDeleteAsync();
        return deleted == 1 ? Result.Ok : new NotFound("Agreement", agreementId);
    });

    /// <summary>The client's latest acceptance, for agents.</summary>
    public async Task<ConsentSummary?> LatestAsync(OpenChannelsDbContext db, int clientId)
    {
        var record = await db.ConsentRecords.AsNoTracking().Where(r => r.ClientId == clientId).OrderByDescending(r => r.Id).FirstOrDefaultAsync();
        return record is null
            ? null
            : new ConsentSummary(record.Title, record.AgreementVersion, record.AgreementId == AgreementTerms.BuiltInId, record.AcceptedAt, record.Text);
    }
}
