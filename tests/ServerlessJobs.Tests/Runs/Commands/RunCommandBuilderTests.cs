using ServerlessJobs.Runs.Commands;

namespace ServerlessJobs.Tests.Runs.Commands;

public sealed class RunCommandBuilderTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["MESSAGE"] = "hi there" };

    [Fact]
    public void Build_CaseR6_StartupCommandAndArgsKeptWhole()
    {
        var argv = RunCommandBuilder.Build(["/bin/sh", "-c"], ["echo a | tr a b"], null, Environment);

        Assert.Equal(["/bin/sh", "-c", "echo a | tr a b"], argv);
    }

    [Fact]
    public void Build_StartupCommandGiven_CommandStringIgnored()
    {
        var argv = RunCommandBuilder.Build(["python3", "main.py"], ["--x"], "ignored words", Environment);

        Assert.Equal(["python3", "main.py", "--x"], argv);
    }

    [Fact]
    public void Build_OnlyCommandString_SplitIntoWordsThenArgs()
    {
        var argv = RunCommandBuilder.Build([], ["--verbose"], "python3 -c 'print(1 + 1)'", Environment);

        Assert.Equal(["python3", "-c", "print(1 + 1)", "--verbose"], argv);
    }

    [Fact]
    public void Build_OnlyArgs_ArgsAreTheArgv()
    {
        var argv = RunCommandBuilder.Build(null, ["/bin/echo", "a b"], null, Environment);

        Assert.Equal(["/bin/echo", "a b"], argv);
    }

    [Fact]
    public void Build_CaseR7_ExpandsEveryWordWithoutResplitting()
    {
        var argv = RunCommandBuilder.Build(
            ["echo", "$(MESSAGE)"], ["$(MESSAGE)", "$(UNSET)", "$$(MESSAGE)"], null, Environment);

        Assert.Equal(["echo", "hi there", "hi there", "$(UNSET)", "$(MESSAGE)"], argv);
    }

    [Fact]
    public void Build_CommandStringWords_ExpandedAfterSplitting()
    {
        var argv = RunCommandBuilder.Build(null, null, "echo $(MESSAGE)", Environment);

        Assert.Equal(["echo", "hi there"], argv);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Build_NothingToRun_ReturnsNull(string? command)
    {
        Assert.Null(RunCommandBuilder.Build([], [], command, Environment));
        Assert.Null(RunCommandBuilder.Build(null, null, command, Environment));
    }

    [Fact]
    public void Build_CommandWithUnclosedQuote_Throws()
    {
        Assert.Throws<FormatException>(() => RunCommandBuilder.Build(null, null, "echo 'oops", Environment));
    }
}
