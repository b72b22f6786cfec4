using System.Diagnostics;
using ServerlessJobs.Runs.Commands;
using ServerlessJobs.Runtimes;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Runtimes;

[Collection(AzuriteCollection.Name)]
public sealed class ProcessRuntimeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ProcessRuntimeHarness _harness = null!;

    public Task InitializeAsync()
    {
        _harness = ProcessRuntimeHarness.Create(azurite, o => o.LogFlushInterval = TimeSpan.FromMilliseconds(100));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Launch_CaseR6_ShellNamedByUser_OutputIsExactlyB()
    {
        var argv = RunCommandBuilder.Build(["/bin/sh", "-c"], ["echo a | tr a b"], null, Empty)!;

        var (_, exit, log) = await _harness.RunAsync(ProcessRuntimeHarness.Attempt(argv));

        Assert.Equal(AttemptEnd.Exited, exit.End);
        Assert.Equal(0, exit.ExitCode);
        Assert.Equal("b\n", log);
    }

    [Fact]
    public async Task Launch_CaseR7_ArgsExpandedByKubernetesRules()
    {
        var environment = new Dictionary<string, string> { ["MESSAGE"] = "hi" };
        var argv = RunCommandBuilder.Build(["echo"], ["$(MESSAGE)", "$(UNSET)", "$$(MESSAGE)"], null, environment)!;

        var (_, _, log) = await _harness.RunAsync(ProcessRuntimeHarness.Attempt(argv, environment));

        Assert.Equal("hi $(UNSET) $(MESSAGE)\n", log);
    }

    [Fact]
    public async Task Launch_CaseR8_MultiLineValue_SeenExactly()
    {
        var environment = new Dictionary<string, string> { ["K"] = "a\nb" };

        var (_, _, log) = await _harness.RunAsync(
            ProcessRuntimeHarness.Attempt(["/bin/sh", "-c", "printf '%s' \"$K\""], environment));

        Assert.Equal("a\nb", log);
    }

    [Fact]
    public async Task Launch_CaseR9_RunOverridesMergedOverDefinition()
    {
        var environment = RunEnvironment.Build(new RunEnvironmentInput(
            "run", "def", ProcessRuntimeHarness.ProjectId, "org", "fr-par", 1000, 2048, 0, 1,
            new Dictionary<string, string> { ["A"] = "def", ["B"] = "def" },
            new Dictionary<string, string> { ["A"] = "run" }));

        var (_, _, log) = await _harness.RunAsync(ProcessRuntimeHarness.Attempt(
            ["/bin/sh", "-c", "echo \"A=$A B=$B $SCW_SLS_RESOURCE_ID $SCW_SLS_RAM\""], environment));

        Assert.Equal("A=run B=def run 2048\n", log);
    }

    [Fact]
    public async Task Launch_ExitCode3_ReportedAsExitedWith3()
    {
        var (_, exit, _) = await _harness.RunAsync(ProcessRuntimeHarness.Attempt(["/bin/sh", "-c", "exit 3"]));

        Assert.Equal(AttemptEnd.Exited, exit.End);
        Assert.Equal(3, exit.ExitCode);
        Assert.Null(exit.Message);
    }

    [Fact]
    public async Task Launch_StdoutAndStderr_InterleavedInArrivalOrderWithoutPrefix()
    {
        var script = "echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three";

        var (_, _, log) = await _harness.RunAsync(ProcessRuntimeHarness.Attempt(["/bin/sh", "-c", script]));

        Assert.Equal("one\ntwo\nthree\n", log);
    }

    [Fact]
    public async Task Launch_TimeoutOfOneSecond_SleepKilledWithinTwoSeconds()
    {
        var clock = Stopwatch.StartNew();

        var (running, exit, _) = await _harness.RunAsync(
            ProcessRuntimeHarness.Attempt(["sleep", "30"], timeout: TimeSpan.FromSeconds(1)));

        Assert.Equal(AttemptEnd.Killed, exit.End);
        Assert.Equal("timeout", exit.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2.5));
        Assert.True(ProcFs.IsGone(running.ProcessId!.Value));
    }

    [Fact]
    public async Task KillAsync_ShellWithBackgroundChild_KillsTheWholeTree()
    {
        var launch = ProcessRuntimeHarness.Attempt(["/bin/sh", "-c", "sleep 30 & sleep 30; echo never"]);
        var running = await _harness.Runtime.LaunchAsync(launch, CancellationToken.None);
        var shell = running.ProcessId!.Value;
        await ProcFs.WaitUntilAsync(() => ProcFs.ChildrenOf(shell).Count == 2, TimeSpan.FromSeconds(5), "two sleeps");
        var sleeps = ProcFs.ChildrenOf(shell);

        var killed = await _harness.Runtime.KillAsync(launch.Key, CancellationToken.None);
        var exit = await running.Exited.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(killed);
        Assert.Equal(AttemptEnd.Killed, exit.End);
        Assert.Equal(137, exit.ExitCode);
        Assert.True(ProcFs.IsGone(shell));
        await ProcFs.WaitUntilAsync(() => sleeps.All(ProcFs.IsGone), TimeSpan.FromSeconds(2), "both sleeps gone");
        Assert.DoesNotContain("never", await _harness.ReadLogAsync(launch.Key));
    }

    [Fact]
    public async Task KillAsync_AttemptNotRunning_ReturnsFalse()
    {
        var (running, _, _) = await _harness.RunAsync(ProcessRuntimeHarness.Attempt(["true"]));

        Assert.False(await _harness.Runtime.KillAsync(running.Key, CancellationToken.None));
        Assert.False(await _harness.Runtime.KillAsync(
            new AttemptKey(ProcessRuntimeHarness.ProjectId, "unknown", 1), CancellationToken.None));
    }

    [Fact]
    public async Task Launch_MainExitsLeavingBackgroundChild_ChildKilled()
    {
        // No memory sample sees the child: it is found by the stdout it still holds.
        await using var harness = ProcessRuntimeHarness.Create(
            azurite, o => o.MemorySampleInterval = TimeSpan.FromMinutes(1));

        var (_, exit, log) = await harness.RunAsync(
            ProcessRuntimeHarness.Attempt(["/bin/sh", "-c", "sleep 30 & echo $!"]));

        Assert.Equal(AttemptEnd.Exited, exit.End);
        Assert.Equal(0, exit.ExitCode);
        await ProcFs.WaitUntilAsync(
            () => ProcFs.IsGone(int.Parse(log!.Trim())), TimeSpan.FromSeconds(2), "the background sleep gone");
    }

    [Fact]
    public async Task Launch_AllocatingPastMemoryLimit_EndsWithMemoryExceeded()
    {
        const string Allocate = """
            import time
            chunks = []
            for _ in range(60):
                chunks.append(b"x" * (10 * 1024 * 1024))
                time.sleep(0.05)
            time.sleep(30)
            """;

        var (running, exit, _) = await _harness.RunAsync(
            ProcessRuntimeHarness.Attempt(["python3", "-c", Allocate], memoryLimitMiB: 50));

        Assert.Equal(AttemptEnd.MemoryExceeded, exit.End);
        Assert.Contains("memory_limit of 50 MiB", exit.Message);
        Assert.True(ProcFs.IsGone(running.ProcessId!.Value));
    }

    [Fact]
    public async Task Launch_UnderMemoryLimit_Succeeds()
    {
        var (_, exit, _) = await _harness.RunAsync(
            ProcessRuntimeHarness.Attempt(["/bin/sh", "-c", "sleep 0.6"], memoryLimitMiB: 64));

        Assert.Equal(AttemptEnd.Exited, exit.End);
        Assert.Equal(0, exit.ExitCode);
    }

    [Theory]
    [InlineData("/nonexistent/program")]
    [InlineData("no-such-program-anywhere")]
    public async Task Launch_MissingExecutable_ThrowsAttemptLaunchException(string program)
    {
        var launch = ProcessRuntimeHarness.Attempt([program, "--secret-arg"]);

        var error = await Assert.ThrowsAsync<AttemptLaunchException>(
            () => _harness.Runtime.LaunchAsync(launch, CancellationToken.None));

        Assert.Contains($"'{program}' was not found", error.Message);
        Assert.DoesNotContain("secret-arg", error.Message);
    }

    [Fact]
    public async Task Launch_HostEnvironmentSecret_NotVisibleToTheChild()
    {
        var name = $"SJ_TEST_STORAGE_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(name, "host-secret");
        try
        {
            var (_, _, log) = await _harness.RunAsync(
                ProcessRuntimeHarness.Attempt(["env"], new Dictionary<string, string> { ["MINE"] = "1" }));

            var names = log!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=')[0]);
            var expected = new[] { "PATH", "HOME", "LANG" }
                .Where(n => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(n)))
                .Append("MINE");
            Assert.Equal(expected.Order(), names.Order());
            Assert.DoesNotContain("host-secret", log);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public async Task Launch_RunningProcess_LogCanBeFollowed()
    {
        var launch = ProcessRuntimeHarness.Attempt(["/bin/sh", "-c", "echo first; sleep 30"]);
        var running = await _harness.Runtime.LaunchAsync(launch, CancellationToken.None);

        string? log = null;
        await ProcFs.WaitUntilAsync(
            () => (log = _harness.ReadLogAsync(launch.Key).GetAwaiter().GetResult()) == "first\n",
            TimeSpan.FromSeconds(5), "the first line in the log");

        Assert.False(running.Exited.IsCompleted);
        Assert.True(await _harness.Runtime.KillAsync(launch.Key, CancellationToken.None));
        Assert.Equal(AttemptEnd.Killed, (await running.Exited.WaitAsync(TimeSpan.FromSeconds(10))).End);
    }

    [Fact]
    public async Task Launch_Stdin_IsEmptyNotTheHosts()
    {
        var (_, exit, log) = await _harness.RunAsync(ProcessRuntimeHarness.Attempt(["cat"]));

        Assert.Equal(0, exit.ExitCode);
        Assert.Equal("", log);
    }

    [Fact]
    public async Task Launch_WorkingDirectory_FreshAndDeletedAfterwards()
    {
        var (_, _, log) = await _harness.RunAsync(ProcessRuntimeHarness.Attempt(["/bin/sh", "-c", "pwd; ls -A"]));

        var directory = log!.Split('\n')[0];
        Assert.StartsWith(_harness.RuntimeOptions.ScratchDirectory, directory);
        Assert.Equal(directory + "\n", log);
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public async Task Launch_SameAttemptTwiceWhileRunning_StartsOneProcess()
    {
        var launch = ProcessRuntimeHarness.Attempt(["sleep", "30"]);

        var first = await _harness.Runtime.LaunchAsync(launch, CancellationToken.None);
        var second = await _harness.Runtime.LaunchAsync(launch, CancellationToken.None);

        Assert.Same(first, second);
        await _harness.Runtime.KillAsync(launch.Key, CancellationToken.None);
    }

    private static readonly Dictionary<string, string> Empty = [];
}
