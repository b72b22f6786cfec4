using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Deploy;

/// <summary>
/// Runs <c>dotnet publish functions</c> once into a temporary folder, the folder a user zips and deploys, and
/// deletes it afterwards. It publishes this test run's build (<c>--no-build</c>, same configuration), so it takes
/// seconds and never races another build of the same tree.
/// </summary>
public sealed class PublishedFunctionsApp : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public PublishedFunctionsApp()
    {
        Folder = Directory.CreateTempSubdirectory("serverlessjobs-publish-").FullName;
        var stopwatch = Stopwatch.StartNew();
        Publish(Folder);
        PublishTime = stopwatch.Elapsed;
    }

    /// <summary>The publish output: what a user zips for <c>config-zip</c> or the run-from-package blob.</summary>
    public string Folder { get; }

    /// <summary>How long the publish took.</summary>
    public TimeSpan PublishTime { get; }

    /// <summary>The configuration the tests (and so the Functions app) were built in: Debug or Release.</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The path of a file in the output, by its path relative to the output's root.</summary>
    public string PathOf(string relativePath) => Path.Combine(Folder, relativePath);

    /// <summary>Parses a JSON file of the output, failing the test with its name when it is missing.</summary>
    public JsonNode ReadJson(string relativePath)
    {
        var path = PathOf(relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is missing from the publish output.");
        return JsonNode.Parse(File.ReadAllText(path))!;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static void Publish(string output)
    {
        var project = Path.Combine(RepositoryRoot.Path, "functions", "ServerlessJobs.Functions.csproj");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
            ArgumentList =
            {
                "publish", project, "-c", Configuration, "-o", output, "--no-build", "--nologo",
                "--disable-build-servers", "-v", "quiet",
            },
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var log = new StringBuilder();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish functions took longer than {Timeout}:\n{log}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"dotnet publish functions -c {Configuration} failed ({process.ExitCode}); build it first:\n{log}");
        }
    }

    private static void Append(StringBuilder log, string? line)
    {
        lock (log)
        {
            log.AppendLine(line);
        }
    }
}
