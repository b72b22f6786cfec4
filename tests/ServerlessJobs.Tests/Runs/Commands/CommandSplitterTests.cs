using ServerlessJobs.Runs.Commands;

namespace ServerlessJobs.Tests.Runs.Commands;

public sealed class CommandSplitterTests
{
    [Theory]
    [InlineData("echo hello", new[] { "echo", "hello" })]
    [InlineData("  echo \t hello \n", new[] { "echo", "hello" })]
    [InlineData("echo 'a b' c", new[] { "echo", "a b", "c" })]
    [InlineData("echo \"a b\" c", new[] { "echo", "a b", "c" })]
    [InlineData("echo 'it''s'", new[] { "echo", "its" })]
    [InlineData("echo \"it's\"", new[] { "echo", "it's" })]
    [InlineData("echo 'say \"hi\"'", new[] { "echo", "say \"hi\"" })]
    [InlineData("echo \"a\\\"b\"", new[] { "echo", "a\"b" })]
    [InlineData("echo \"a\\nb\"", new[] { "echo", "a\\nb" })]
    [InlineData("echo a\\ b", new[] { "echo", "a b" })]
    [InlineData("echo ''", new[] { "echo", "" })]
    [InlineData("echo a\"b c\"d", new[] { "echo", "ab cd" })]
    [InlineData("echo $HOME | tr a b", new[] { "echo", "$HOME", "|", "tr", "a", "b" })]
    [InlineData("echo a\\\nb", new[] { "echo", "ab" })]
    [InlineData("echo \\\n x", new[] { "echo", "x" })]
    [InlineData("echo a\\", new[] { "echo", "a\\" })]
    [InlineData("", new string[0])]
    public void Split_ShellLikeWords_WithoutRunningAShell(string command, string[] expected)
    {
        Assert.Equal(expected, CommandSplitter.Split(command));
    }

    [Theory]
    [InlineData("echo 'open")]
    [InlineData("echo \"open")]
    [InlineData("echo \"a\\\"")]
    public void Split_UnclosedQuote_Throws(string command)
    {
        var error = Assert.Throws<FormatException>(() => CommandSplitter.Split(command));

        Assert.Contains("quote", error.Message);
    }
}
