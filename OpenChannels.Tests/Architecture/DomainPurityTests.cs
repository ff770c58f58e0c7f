using System.Xml.Linq;
using NetArchTest.Rules;
using OpenChannels.Domain.Employees;

namespace OpenChannels.Tests.Architecture;

/// <summary>Domain holds the rules in plain C#: no framework may creep in (STYLE: The house).</summary>
public sealed class DomainPurityTests
{
    private static readonly string[] Frameworks =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "Hangfire", "MudBlazor",
        "Microsoft.AspNetCore.Identity", "OpenChannels.Web",
    ];

    [Fact]
    public void DomainTypes_DependOnNoFramework()
    {
        var result = Types.InAssembly(typeof(Employee).Assembly).ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();

        result.IsSuccessful.ShouldBeTrue($"Framework-bound types in Domain: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void DomainAssembly_ReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(Employee).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldAllBe(name => name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard");
    }

    [Fact]
    public void DomainProject_HasNoPackageOrProjectReference()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "OpenChannels.Domain", "OpenChannels.Domain.csproj"));

        project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference").ShouldBeEmpty();
    }

    [Fact]
    public void ArchitectureCheck_WouldCatchAFrameworkDependency()
    {
        // The same rule applied to Web must fail, or the tests above prove nothing.
        var result = Types.InAssembly(typeof(Program).Assembly).ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();

        result.IsSuccessful.ShouldBeFalse();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenChannels.Blazor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
