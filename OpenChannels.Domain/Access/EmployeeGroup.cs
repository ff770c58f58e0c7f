using OpenChannels.Domain.Common;

namespace OpenChannels.Domain.Access;

/// <summary>A named set of employees, to give a role to people who share no department (P-3).</summary>
public sealed class EmployeeGroup
{
    public const int NameMaxLength = 100;

    private List<int> _memberIds = [];

    private EmployeeGroup()
    {
        Name = string.Empty;
    }

    public EmployeeGroup(string name, IEnumerable<int> memberIds)
    {
        Name = Guard.RequiredText(name, "Name", NameMaxLength);
        ReplaceMembers(memberIds);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<int> MemberIds => _memberIds;

    public void Rename(string name) => Name = Guard.RequiredText(name, "Name", NameMaxLength);

    public void ReplaceMembers(IEnumerable<int> memberIds) => _memberIds = [.. memberIds.Distinct().Order()];
}
