using ServerlessJobs.Runs.Commands;

namespace ServerlessJobs.Tests.Runs.Commands;

public sealed class ArgsExpanderTests
{
    private static readonly Dictionary<string, string> Variables = new()
    {
        ["MESSAGE"] = "hi",
        ["A"] = "x y",
        ["EMPTY"] = "",
        ["DOLLAR"] = "$(MESSAGE)",
    };

    [Fact]
    public void ExpandAll_CaseR7_DefinedExpandsUndefinedStaysEscapeGivesLiteral()
    {
        var args = ArgsExpander.ExpandAll(["$(MESSAGE)", "$(UNSET)", "$$(MESSAGE)"], Variables);

        Assert.Equal(["hi", "$(UNSET)", "$(MESSAGE)"], args);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("$", "$")]
    [InlineData("$$", "$")]
    [InlineData("$$$$", "$$")]
    [InlineData("a$", "a$")]
    [InlineData("$(", "$(")]
    [InlineData("$(A", "$(A")]
    [InlineData("$(A $$", "$(A $")]
    [InlineData("$()", "$()")]
    [InlineData("$A", "$A")]
    [InlineData("$HOME", "$HOME")]
    [InlineData("${MESSAGE}", "${MESSAGE}")]
    [InlineData("<$(MESSAGE)>", "<hi>")]
    [InlineData("$(MESSAGE)$(MESSAGE)", "hihi")]
    [InlineData("$$$(MESSAGE)", "$hi")]
    [InlineData("$(EMPTY)", "")]
    [InlineData("$(A$(MESSAGE))", "$(A$(MESSAGE))")]
    [InlineData("$(A)$(B)", "x y$(B)")]
    public void Expand_EdgeCases_FollowKubernetesRules(string word, string expected)
    {
        Assert.Equal(expected, ArgsExpander.Expand(word, Variables));
    }

    [Fact]
    public void Expand_ValueHoldingAReference_IsNotExpandedAgain()
    {
        Assert.Equal("$(MESSAGE)", ArgsExpander.Expand("$(DOLLAR)", Variables));
    }

    [Fact]
    public void ExpandAll_ValueWithSpaces_StaysOneWord()
    {
        var args = ArgsExpander.ExpandAll(["$(A)"], Variables);

        Assert.Equal(["x y"], args);
    }

    [Fact]
    public void Expand_NameIsCaseSensitive_OtherCaseStaysLiteral()
    {
        Assert.Equal("$(message)", ArgsExpander.Expand("$(message)", Variables));
    }
}
