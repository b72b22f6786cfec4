using ServerlessJobs.Runs.Commands;
using ServerlessJobs.V1Alpha1;

namespace ServerlessJobs.Tests.V1Alpha1;

/// <summary>The v1alpha1 <c>command</c> string: what runs, quoted so it splits back into the same words.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string[]> Words => new()
    {
        new[] { "echo", "hello" },
        new[] { "/bin/sh", "-c", "echo 'hi there' && exit 3" },
        new[] { "printf", "%s\\n", "a b", "" },
        new[] { "say", "it's", "\"quoted\"", "$(NAME)", "$$", "tab\there", "line\nbreak", "back\\slash" },
        new[] { "key=value", "--flag=1,2", "user@host:/path/file.txt" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Join_AnyWords_SplitBackIntoTheSameWords(string[] words)
    {
        var line = CommandLine.Join(words);

        Assert.Equal(words, CommandSplitter.Split(line));
    }

    [Fact]
    public void Join_PlainWords_StayUnquoted()
    {
        var line = CommandLine.Join(["python3", "-m", "app.main", "--port=8080", "/data/in.csv"]);

        Assert.Equal("python3 -m app.main --port=8080 /data/in.csv", line);
    }

    [Fact]
    public void Join_WordsWithBlanksOrQuotes_AreSingleQuoted()
    {
        var line = CommandLine.Join(["sh", "-c", "echo 'hi'"]);

        Assert.Equal(@"sh -c 'echo '\''hi'\'''", line);
    }

    [Fact]
    public void Of_StartupCommandAndArgs_WinsOverCommandAsAtRunTime()
    {
        var line = CommandLine.Of(["sleep"], ["5"], "ignored because startup_command is set");

        Assert.Equal("sleep 5", line);
    }

    [Fact]
    public void Of_CommandAndArgs_KeepsCommandAsWrittenThenQuotedArgs()
    {
        var line = CommandLine.Of([], ["two words"], "echo \"$HOME\"");

        Assert.Equal("echo \"$HOME\" 'two words'", line);
    }

    [Fact]
    public void Of_Nothing_IsEmpty()
    {
        var line = CommandLine.Of([], [], null);

        Assert.Equal("", line);
    }
}
