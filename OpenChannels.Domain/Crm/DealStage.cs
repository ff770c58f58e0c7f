using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Crm;

/// <summary>
/// One step of the deals' pipeline. Administrators add, rename, reorder and remove the open stages; the won and lost
/// stages always exist (they can be renamed), so every deal can be closed either way.
/// </summary>
public sealed class DealStage
{
    public const int NameMaxLength = 60;

    private DealStage()
    {
        Name = string.Empty;
    }

    public DealStage(string name, int position, StageOutcome outcome)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        Position = position;
        Outcome = Enum.IsDefined(outcome) ? outcome : throw new DomainRuleViolated(new InvalidInput("Outcome", "Choose what the stage means."));
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int Position { get; private set; }

    public StageOutcome Outcome { get; private set; }

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    public void MoveTo(int position) => Position = Outcome == StageOutcome.Open
        ? position
        : throw new DomainRuleViolated(new Conflict("The won and lost stages stay at the end of the pipeline."));

    public void EnsureRemovable(int dealsInIt, int openStages)
    {
        if (Outcome != StageOutcome.Open)
        {
            throw new DomainRuleViolated(new Conflict("The won and lost stages cannot be removed."));
        }

        if (openStages <= 1)
        {
            throw new DomainRuleViolated(new Conflict("The pipeline keeps at least one open stage."));
        }

        if (dealsInIt > 0)
        {
            throw new DomainRuleViolated(new Conflict("{0} deals are at this stage: move them first.", dealsInIt));
        }
    }
}
