using ServerlessJobs.Bench.Infrastructure;

namespace ServerlessJobs.Bench.Measurement;

/// <summary>
/// CPU seconds of the processes in a measurement (the self-host and what it spawned, Azurite, the bench itself), read
/// before and after a phase, so a figure can say whose CPU the time went to on a machine of few cores.
/// </summary>
internal sealed class CpuMeter(int? hostId, int azuriteId)
{
    public CpuUse Read() => new(
        hostId is { } host ? ProcReader.Cpu(host) : default,
        ProcReader.Cpu(azuriteId),
        ProcReader.Cpu(Environment.ProcessId));

    /// <summary>Runs <paramref name="phase"/> and returns what it returned with the CPU it cost.</summary>
    public async Task<(T Result, CpuUse Cpu)> MeasureAsync<T>(Func<Task<T>> phase)
    {
        var before = Read();
        var result = await phase();
        return (result, Read() - before);
    }
}
