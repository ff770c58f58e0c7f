namespace OpenChannels.Domain.Channels;

/// <summary>Q-7: what clients see of the agent who answers them.</summary>
public enum AgentInfoMode
{
    /// <summary>The employee's profile: name and photo.</summary>
    EmployeeProfile = 1,

    /// <summary>The employee's first name only, no photo.</summary>
    NameOnly = 2,

    /// <summary>Nothing: answers come from the channel itself.</summary>
    Hidden = 3,

    /// <summary>The open channel's own name and photo on every answer, whoever wrote it (seeds 000, 002).</summary>
    ChannelEntries = 4,
}
