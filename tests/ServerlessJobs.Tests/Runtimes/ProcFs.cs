namespace ServerlessJobs.Tests.Runtimes;

/// <summary>Reads /proc directly, so that tests check processes without the code under test.</summary>
public static class ProcFs
{
    /// <summary>Whether a process no longer runs: gone, or a zombie nobody reaped yet.</summary>
    public static bool IsGone(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] is 'Z' or 'X';
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>The live children of a process.</summary>
    public static IReadOnlyList<int> ChildrenOf(int pid)
    {
        var children = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(directory), out var candidate) && !IsGone(candidate))
                {
                    var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    if (int.Parse(fields[1]) == pid)
                    {
                        children.Add(candidate);
                    }
                }
            }
            catch (IOException)
            {
                // Exited while we looked.
            }
        }

        return children;
    }

    /// <summary>Waits until a condition holds, or fails the test after a bound.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{what} did not happen within {within}");
            }

            await Task.Delay(20);
        }
    }
}
