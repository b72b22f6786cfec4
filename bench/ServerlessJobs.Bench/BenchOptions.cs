using System.Globalization;

namespace ServerlessJobs.Bench;

/// <summary>The command line of the bench (bench/README.md lists it).</summary>
internal sealed record BenchOptions
{
    /// <summary>Rounds of each scenario (default 5).</summary>
    public int Rounds { get; init; } = 5;

    /// <summary>Rounds of the 1,000-replica fan-out (default 1): each takes minutes on Azurite.</summary>
    public int LargestRounds { get; init; } = 1;

    /// <summary>The scenarios to run (default all): api, start, fanout, cron, micro.</summary>
    public IReadOnlySet<string> Scenarios { get; init; } = new HashSet<string> { "api", "start", "fanout", "cron", "profile" };

    /// <summary>Where the results go (default bench/RESULTS.md).</summary>
    public required string ResultsPath { get; init; }

    /// <summary>Where Azurite's and the hosts' logs go (default bench/out/).</summary>
    public required string LogDirectory { get; init; }

    /// <summary>When set, wait (up to <see cref="MaxLoadWait"/>) until the 1-minute load average is below it.</summary>
    public double? WaitForLoadBelow { get; init; }

    public TimeSpan MaxLoadWait { get; init; } = TimeSpan.FromMinutes(40);

    /// <summary>Extra settings for every self-host (<c>--host-setting DurableTask__PartitionCount=1</c>), for experiments.</summary>
    public IReadOnlyDictionary<string, string> HostSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, Azurite runs under Node's CPU profiler and leaves its profile in this folder.</summary>
    public string? AzuriteProfileDirectory { get; init; }

    public static BenchOptions Parse(string[] args, string repositoryRoot)
    {
        var options = new BenchOptions
        {
            ResultsPath = Path.Combine(repositoryRoot, "bench", "RESULTS.md"),
            LogDirectory = Path.Combine(repositoryRoot, "bench", "out"),
        };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--rounds" => options with { Rounds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--largest-rounds" => options with { LargestRounds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--only" => options with { Scenarios = Value().Split(',').ToHashSet() },
                "--results" => options with { ResultsPath = Path.GetFullPath(Value()) },
                "--wait-for-load" => options with { WaitForLoadBelow = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--host-setting" => options with { HostSettings = With(options.HostSettings, Value()) },
                "--profile-azurite" => options with { AzuriteProfileDirectory = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException(
                    $"unknown argument {args[i]}: use --rounds N, --largest-rounds N, --only api,start,fanout,cron,profile,micro, " +
                    "--results PATH, --wait-for-load LOAD, --host-setting KEY=VALUE, --profile-azurite DIR"),
            };
        }

        return options;
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> settings, string pair)
    {
        var at = pair.IndexOf('=');
        if (at <= 0)
        {
            throw new ArgumentException($"--host-setting takes KEY=VALUE, not {pair}");
        }

        return new Dictionary<string, string>(settings) { [pair[..at]] = pair[(at + 1)..] };
    }
}
