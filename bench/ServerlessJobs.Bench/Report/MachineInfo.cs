using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using ServerlessJobs.Bench.Infrastructure;

namespace ServerlessJobs.Bench.Report;

/// <summary>The machine and software a run measured, as the results record them.</summary>
internal sealed record MachineInfo(IReadOnlyList<(string Name, string Value)> Lines)
{
    public static MachineInfo Describe()
    {
        var lines = new List<(string, string)>
        {
            ("Date (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm") + " UTC"),
            ("CPUs (`nproc`)", Run("nproc")),
            ("CPU model (`lscpu`)", Run("lscpu").Split('\n').Select(l => l.Split(':', 2))
                .FirstOrDefault(p => p[0].Trim() == "Model name")?[1].Trim() ?? "unknown"),
            ("Memory", MemTotal()),
            ("OS", OsName() + ", kernel " + Run("uname", "-r")),
            (".NET SDK (`dotnet --version`)", Run("dotnet", "--version") + ", runtime " + RuntimeInformation.FrameworkDescription),
            ("Node.js / Azurite", Run("node", "--version") + " / " + AzuriteVersion() + " (in memory, loopback)"),
            ("Commit", Run("git", "-C", RepositoryRoot.Path, "rev-parse", "--short", "HEAD")
                + (Run("git", "-C", RepositoryRoot.Path, "status", "--porcelain", "--untracked-files=no").Length > 0
                    ? " with uncommitted changes in the working tree"
                    : "")),
        };
        return new MachineInfo(lines);
    }

    private static string MemTotal()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return Format.Number(kilobytes / 1024.0 / 1024, "0.0") + " GiB";
    }

    private static string OsName() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
                ?["PRETTY_NAME=".Length..].Trim('"') ?? RuntimeInformation.OSDescription
            : RuntimeInformation.OSDescription;

    private static string AzuriteVersion()
    {
        var package = Path.Combine(RepositoryRoot.Path, "tools", "node_modules", "azurite", "package.json");
        return File.Exists(package) ? "Azurite " + (string?)JsonNode.Parse(File.ReadAllText(package))?["version"] : "Azurite";
    }

    private static string Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
