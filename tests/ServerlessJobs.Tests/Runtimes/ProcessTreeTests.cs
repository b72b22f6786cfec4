using System.Diagnostics;
using ServerlessJobs.Runtimes.Process;

namespace ServerlessJobs.Tests.Runtimes;

public sealed class ProcessTreeTests
{
    [Fact]
    public async Task KillIfSame_StartTimeMatches_KillsTheTree()
    {
        using var shell = Start("sleep 30 & sleep 30; echo never");
        var startedAt = DateTimeOffset.UtcNow;
        await ProcFs.WaitUntilAsync(() => ProcFs.ChildrenOf(shell.Id).Count == 2, TimeSpan.FromSeconds(5), "sleeps");
        var sleeps = ProcFs.ChildrenOf(shell.Id);

        var killed = ProcessTree.KillIfSame(shell.Id, startedAt);

        Assert.True(killed);
        Assert.True(shell.WaitForExit(5000));
        await ProcFs.WaitUntilAsync(() => sleeps.All(ProcFs.IsGone), TimeSpan.FromSeconds(2), "both sleeps gone");
    }

    [Fact]
    public void KillIfSame_PidReusedByALaterProcess_LeavesItAlone()
    {
        using var shell = Start("sleep 30");
        try
        {
            var killed = ProcessTree.KillIfSame(shell.Id, DateTimeOffset.UtcNow.AddHours(-1));

            Assert.False(killed);
            Assert.False(shell.HasExited);
        }
        finally
        {
            shell.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void KillIfSame_NoSuchProcess_ReturnsFalse()
    {
        Assert.False(ProcessTree.KillIfSame(int.MaxValue, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void IsAlive_ThisProcessWithDotNetStartTime_True()
    {
        var startedAt = new DateTimeOffset(Process.GetCurrentProcess().StartTime.ToUniversalTime());

        Assert.True(ProcessTree.IsAlive(Environment.ProcessId, startedAt));
        Assert.False(ProcessTree.IsAlive(Environment.ProcessId, startedAt.AddMinutes(-10)));
    }

    [Fact]
    public void StartTimeOf_ThisProcess_MatchesDotNet()
    {
        var expected = new DateTimeOffset(Process.GetCurrentProcess().StartTime.ToUniversalTime());

        var startedAt = ProcessTree.StartTimeOf(Environment.ProcessId);

        Assert.NotNull(startedAt);
        Assert.InRange((startedAt.Value - expected).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Parse_CommandNameWithSpacesAndParentheses_ReadsFieldsAfterIt()
    {
        var text = "4242 (my (odd) name) S 17 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 987654 1000 321 "
            + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0";

        var stat = ProcessTree.Parse(4242, text);

        Assert.Equal(new ProcessStat(4242, 17, 'S', 987654, 321), stat);
    }

    private static Process Start(string script)
    {
        var start = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", script }, RedirectStandardOutput = true };
        return Process.Start(start)!;
    }
}
