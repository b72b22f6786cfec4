using ServerlessJobs.Runs.Commands;

namespace ServerlessJobs.Tests.Runs.Commands;

public sealed class RunEnvironmentTests
{
    private static RunEnvironmentInput Input(
        IReadOnlyDictionary<string, string>? definition = null, IReadOnlyDictionary<string, string>? start = null) =>
        new("run-1", "def-1", "proj-1", "org-1", "fr-par", 1000, 2048, 2, 3, definition, start);

    [Fact]
    public void Build_CaseR9_StartValuesMergedOverDefinition()
    {
        var environment = RunEnvironment.Build(Input(
            new Dictionary<string, string> { ["A"] = "def", ["B"] = "def" },
            new Dictionary<string, string> { ["A"] = "run" }));

        Assert.Equal("run", environment["A"]);
        Assert.Equal("def", environment["B"]);
    }

    [Fact]
    public void Build_InjectsScalewayVariables()
    {
        var environment = RunEnvironment.Build(Input());

        Assert.Equal("run-1", environment["SCW_SLS_RESOURCE_ID"]);
        Assert.Equal("def-1", environment["SCW_SLS_PARENT_ID"]);
        Assert.Equal("proj-1", environment["SCW_SLS_PROJECT_ID"]);
        Assert.Equal("org-1", environment["SCW_SLS_ORGANIZATION_ID"]);
        Assert.Equal("fr-par", environment["SCW_SLS_REGION"]);
        Assert.Equal("1000", environment["SCW_SLS_CPU"]);
        Assert.Equal("2048", environment["SCW_SLS_RAM"]);
        Assert.Equal("2", environment["SCW_SLS_REPLICA_INDEX"]);
        Assert.Equal("3", environment["SCW_SLS_ATTEMPT"]);
        Assert.Equal(9, environment.Count);
    }

    [Fact]
    public void Build_UserSetsInjectedName_InjectedValueWins()
    {
        var environment = RunEnvironment.Build(Input(start: new Dictionary<string, string>
        {
            ["SCW_SLS_RESOURCE_ID"] = "forged",
        }));

        Assert.Equal("run-1", environment["SCW_SLS_RESOURCE_ID"]);
    }

    [Fact]
    public void Merge_NamesDifferingInCase_AreTwoVariables()
    {
        var merged = RunEnvironment.Merge(
            new Dictionary<string, string> { ["a"] = "lower" }, new Dictionary<string, string> { ["A"] = "upper" });

        Assert.Equal("lower", merged["a"]);
        Assert.Equal("upper", merged["A"]);
    }

    [Fact]
    public void Merge_MultiLineValue_KeptExactly()
    {
        var merged = RunEnvironment.Merge(new Dictionary<string, string> { ["K"] = "a\nb" }, null);

        Assert.Equal("a\nb", merged["K"]);
    }
}
