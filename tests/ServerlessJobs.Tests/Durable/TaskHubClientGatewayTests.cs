using System.Diagnostics;
using DurableTask.Core;
using ServerlessJobs.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ServerlessJobs.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class TaskHubClientGatewayTests : IClassFixture<DurableWorkerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly DurableWorkerFixture _worker;
    private readonly ITestOutputHelper _output;

    public TaskHubClientGatewayTests(DurableWorkerFixture worker, ITestOutputHelper output)
    {
        _worker = worker;
        _output = output;
    }

    [Fact]
    public async Task ScheduleIfAbsentAsync_NewInstance_CompletesWithActivityOutput()
    {
        var instanceId = NewInstanceId();
        var watch = Stopwatch.StartNew();

        var created = await _worker.Gateway.ScheduleIfAbsentAsync(
            GreetOrchestrator.Name, instanceId, new Greeting("Ada", 2), CancellationToken.None);
        var finished = await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        _output.WriteLine($"worker start {_worker.StartDuration.TotalMilliseconds:F0} ms, " +
            $"schedule to completion {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(created);
        Assert.Equal(OrchestrationStatus.Completed, finished.OrchestrationStatus);
        Assert.Equal(
            new GreetingResult("Hello Ada! Hello Ada!", instanceId),
            _worker.TaskHub.DataConverter.Deserialize<GreetingResult>(finished.Output));
    }

    [Fact]
    public async Task GetStateAsync_CompletedInstance_IsFinished()
    {
        var instanceId = NewInstanceId();
        await _worker.Gateway.ScheduleIfAbsentAsync(
            GreetOrchestrator.Name, instanceId, new Greeting("Grace", 1), CancellationToken.None);
        await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        var state = await _worker.Gateway.GetStateAsync(instanceId, CancellationToken.None);

        Assert.Equal(new Orchestration.OrchestrationState(instanceId, "Completed", IsFinished: true), state);
    }

    [Fact]
    public async Task GetStateAsync_UnknownInstance_ReturnsNull()
    {
        var state = await _worker.Gateway.GetStateAsync(NewInstanceId(), CancellationToken.None);

        Assert.Null(state);
    }

    [Fact]
    public async Task ScheduleIfAbsentAsync_SameIdAgain_ReturnsFalseAndActivityRunsOnce()
    {
        var instanceId = NewInstanceId();
        var input = new Greeting("Linus", 1);

        var first = await _worker.Gateway.ScheduleIfAbsentAsync(
            GreetOrchestrator.Name, instanceId, input, CancellationToken.None);
        var whileRunning = await _worker.Gateway.ScheduleIfAbsentAsync(
            GreetOrchestrator.Name, instanceId, input, CancellationToken.None);
        await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);
        var afterFinish = await _worker.Gateway.ScheduleIfAbsentAsync(
            GreetOrchestrator.Name, instanceId, input, CancellationToken.None);
        var finished = await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        Assert.Equal((true, false, false), (first, whileRunning, afterFinish));
        Assert.Equal(OrchestrationStatus.Completed, finished.OrchestrationStatus);
        Assert.Equal(1, _worker.Invocations.Count(instanceId));
    }

    [Fact]
    public async Task ScheduleIfAbsentAsync_ConcurrentCallsForOneId_ExactlyOneCreates()
    {
        var instanceId = NewInstanceId();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _worker.Gateway.ScheduleIfAbsentAsync(
            GreetOrchestrator.Name, instanceId, new Greeting("Barbara", 1), CancellationToken.None)));
        await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        Assert.Single(results, created => created);
        Assert.Equal(1, _worker.Invocations.Count(instanceId));
    }

    [Fact]
    public async Task ScheduleNewAsync_ThenSameIdIfAbsent_RunsOnceWithTheFirstInput()
    {
        var instanceId = NewInstanceId();

        await _worker.Gateway.ScheduleNewAsync(
            GreetOrchestrator.Name, instanceId, new Greeting("Edsger", 1), CancellationToken.None);
        var again = await _worker.Gateway.ScheduleIfAbsentAsync(
            GreetOrchestrator.Name, instanceId, new Greeting("Tony", 1), CancellationToken.None);
        var finished = await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        Assert.False(again);
        Assert.Equal(
            new GreetingResult("Hello Edsger!", instanceId),
            _worker.TaskHub.DataConverter.Deserialize<GreetingResult>(finished.Output));
        Assert.Equal(1, _worker.Invocations.Count(instanceId));
    }

    [Fact]
    public async Task RaiseEventAsync_WhileWaiting_CompletesWithEventPayload()
    {
        var instanceId = NewInstanceId();
        await _worker.Gateway.ScheduleIfAbsentAsync(
            WaitForSignalOrchestrator.Name, instanceId, new WaitInput(60), CancellationToken.None);
        await OrchestrationPolling.WaitForStatusAsync(
            _worker.TaskHub.Client, instanceId, OrchestrationStatus.Running, Patience);

        await _worker.Gateway.RaiseEventAsync(
            instanceId, WaitForSignalOrchestrator.EventName, new Signal(3, "exited"), CancellationToken.None);
        var finished = await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        Assert.Equal("exited (3)", _worker.TaskHub.DataConverter.Deserialize<string>(finished.Output));
    }

    [Fact]
    public async Task WaitForSignal_NoEventBeforeTimeout_CompletesViaTimer()
    {
        var instanceId = NewInstanceId();

        await _worker.Gateway.ScheduleIfAbsentAsync(
            WaitForSignalOrchestrator.Name, instanceId, new WaitInput(1), CancellationToken.None);
        var finished = await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        Assert.Equal(
            WaitForSignalOrchestrator.TimedOut, _worker.TaskHub.DataConverter.Deserialize<string>(finished.Output));
    }

    [Fact]
    public async Task RaiseEventAsync_UnknownInstance_DoesNotThrowOrCreateIt()
    {
        var instanceId = NewInstanceId();

        await _worker.Gateway.RaiseEventAsync(
            instanceId, WaitForSignalOrchestrator.EventName, new Signal(0, "late"), CancellationToken.None);

        Assert.Null(await _worker.Gateway.GetStateAsync(instanceId, CancellationToken.None));
    }

    [Fact]
    public async Task RaiseEventAsync_FinishedInstance_DoesNotThrowOrChangeIt()
    {
        var instanceId = NewInstanceId();
        await _worker.Gateway.ScheduleIfAbsentAsync(
            GreetOrchestrator.Name, instanceId, new Greeting("Edsger", 1), CancellationToken.None);
        await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        await _worker.Gateway.RaiseEventAsync(
            instanceId, WaitForSignalOrchestrator.EventName, new Signal(0, "late"), CancellationToken.None);

        var state = await _worker.Gateway.GetStateAsync(instanceId, CancellationToken.None);
        Assert.Equal("Completed", state?.Status);
    }

    [Fact]
    public async Task CallActivity_ActivityThrows_OrchestratorSeesErrorTypeAndMessage()
    {
        var instanceId = NewInstanceId();

        await _worker.Gateway.ScheduleIfAbsentAsync(
            CatchFailureOrchestrator.Name, instanceId, "disk full", CancellationToken.None);
        var finished = await OrchestrationPolling.WaitForFinishAsync(_worker.TaskHub.Client, instanceId, Patience);

        Assert.Equal(
            "System.InvalidOperationException: disk full",
            _worker.TaskHub.DataConverter.Deserialize<string>(finished.Output));
    }

    private static string NewInstanceId() => Guid.NewGuid().ToString();
}
