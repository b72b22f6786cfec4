using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ServerlessJobs.Bench.Micro;

/// <summary>
/// The BenchmarkDotNet micro-benchmarks (<c>bench/run.sh --only micro</c>): short runs, in process, so they need no
/// extra build; BenchmarkDotNet's own reports go to bench/out/micro.
/// </summary>
internal static class MicroBenchmarks
{
    public static void Run(string logDirectory)
    {
        var job = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(logDirectory, "micro"));
        BenchmarkRunner.Run([typeof(ArgsExpanderBenchmarks), typeof(CronScheduleBenchmarks)], config);
    }
}
