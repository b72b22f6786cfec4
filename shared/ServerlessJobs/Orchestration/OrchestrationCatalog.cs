using Microsoft.DurableTask;

namespace ServerlessJobs.Orchestration;

/// <summary>
/// The orchestrators and activities of the engine, by the names both hosts register them under.
/// Activities are built from the host's service provider, so they take their dependencies by constructor.
/// </summary>
public sealed class OrchestrationCatalog
{
    private readonly Dictionary<string, Type> _orchestrators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _activities = new(StringComparer.Ordinal);

    /// <summary>Orchestrator types by name.</summary>
    public IReadOnlyDictionary<string, Type> Orchestrators => _orchestrators;

    /// <summary>Activity types by name.</summary>
    public IReadOnlyDictionary<string, Type> Activities => _activities;

    /// <summary>Registers an orchestrator class under <paramref name="name"/>.</summary>
    public OrchestrationCatalog AddOrchestrator<T>(string name)
        where T : class, ITaskOrchestrator
    {
        _orchestrators[name] = typeof(T);
        return this;
    }

    /// <summary>Registers an activity class under <paramref name="name"/>.</summary>
    public OrchestrationCatalog AddActivity<T>(string name)
        where T : class, ITaskActivity
    {
        _activities[name] = typeof(T);
        return this;
    }
}
