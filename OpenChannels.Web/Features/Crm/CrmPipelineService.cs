using Microsoft.EntityFrameworkCore;
using OpenChannels.Domain.Common;
using OpenChannels.Domain.Crm;
using OpenChannels.Web.Data;

namespace OpenChannels.Web.Features.Crm;

/// <summary>The deals' pipeline, which administrators edit (Settings policy): add, rename, reorder and remove stages.</summary>
public sealed class CrmPipelineService(IDbContextFactory<OpenChannelsDbContext> contexts, WritePipeline writes)
{
    public async Task<IReadOnlyList<(DealStage Stage, int Deals)>> StagesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        var stages = await db.DealStages.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync();
        var counts = await db.CrmDeals.GroupBy(d => d.StageId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return stages.Select(s => (s, counts.GetValueOrDefault(s.Id))).ToList();
    }

    /// <summary>A new open stage, before the won and lost ones.</summary>
    public Task<Result> AddAsync(string name) => writes.RunAsync(async db =>
    {
        var last = await db.DealStages.Where(s => s.Outcome == StageOutcome.Open).MaxAsync(s => (int?)s.Position) ?? -1;
        db.DealStages.Add(new DealStage(name, last + 1, StageOutcome.Open));
        return Result.Ok;
    });

    public Task<Result> RenameAsync(int stageId, string name) => writes.RunAsync(async db =>
    {
        (await FindAsync(db, stageId)).Rename(name);
        return Result.Ok;
    });

    /// <summary>Moves an open stage one place up (-1) or down (+1) among the open stages.</summary>
    public Task<Result> MoveAsync(int stageId, int step) => writes.RunAsync(async db =>
    {
        var open = await db.DealStages.Where(s => s.Outcome == StageOutcome.Open).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync();
        var at = open.FindIndex(s => s.Id == stageId);
        if (at < 0)
        {
            return new Conflict("The won and lost stages stay at the end of the pipeline.");
        }

        var to = Math.Clamp(at + Math.Sign(step), 0, open.Count - 1);
        (open[at], open[to]) = (open[to], open[at]);
        for (var i = 0; i < open.Count; i++)
        {
            open[i].MoveTo(i);
        }

        return Result.Ok;
    });

    public Task<Result> RemoveAsync(int stageId) => writes.RunAsync(async db =>
    {
        var stage = await FindAsync(db, stageId);
        stage.EnsureRemovable(await db.CrmDeals.CountAsync(d => d.StageId == stageId), await db.DealStages.CountAsync(s => s.Outcome == StageOutcome.Open));
        db.DealStages.Remove(stage);
        return Result.Ok;
    });

    private static async Task<DealStage> FindAsync(OpenChannelsDbContext db, int stageId) =>
        await db.DealStages.FirstOrDefaultAsync(s => s.Id == stageId) ?? throw new DomainRuleViolated(new NotFound("Stage", stageId));
}
