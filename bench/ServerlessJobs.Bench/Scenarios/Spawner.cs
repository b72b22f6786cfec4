using System.Diagnostics;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// The floor of running a job: starting the program directly, the way the process runtime does (no shell, stdio
/// redirected, an explicit environment), with no API, storage or orchestration in between.
/// </summary>
internal static class Spawner
{
    public static Process Start(string program)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        return Process.Start(start)!;
    }

    /// <summary>Starts the program and waits for it to exit, reading its output as the runtime does.</summary>
    public static async Task RunAsync(string program)
    {
        using var process = Start(program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
    }
}
