using Microsoft.DurableTask;

namespace ServerlessJobs.Tests.Durable;

/// <summary>
/// Toy version of a run's attempt: waits for a "done" event or a timeout, whichever comes first, and cancels
/// the timer when the event wins.
/// </summary>
public sealed class WaitForSignalOrchestrator : TaskOrchestrator<WaitInput, string>
{
    public const string Name = "WaitForSignal";
    public const string EventName = "done";
    public const string TimedOut = "timed out";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, WaitInput input)
    {
        using var timerCancellation = new CancellationTokenSource();
        var signal = context.WaitForExternalEvent<Signal>(EventName);
        var timer = context.CreateTimer(
            context.CurrentUtcDateTime.AddSeconds(input.TimeoutSeconds), timerCancellation.Token);

        if (await Task.WhenAny(signal, timer) == timer)
        {
            return TimedOut;
        }

        timerCancellation.Cancel();
        var payload = await signal;
        return $"{payload.Reason} ({payload.ExitCode})";
    }
}
