using Microsoft.Extensions.Configuration;

namespace ServerlessJobs.Tests.Deploy;

/// <summary>
/// Sets process environment variables under a unique prefix and removes them on dispose, so a test reads settings
/// through the environment-variable provider (<c>__</c> becomes <c>:</c>) without touching other tests.
/// </summary>
internal sealed class PrefixedEnvironment : IDisposable
{
    private readonly string _prefix = $"SJTEST{Guid.NewGuid():N}_";
    private readonly IReadOnlyCollection<string> _names;

    public PrefixedEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        _names = variables.Keys.ToList();
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(_prefix + name, value);
        }
    }

    /// <summary>The variables as a host sees them: names without the prefix, <c>__</c> read as sections.</summary>
    public IConfiguration Configuration() => new ConfigurationBuilder().AddEnvironmentVariables(_prefix).Build();

    public void Dispose()
    {
        foreach (var name in _names)
        {
            Environment.SetEnvironmentVariable(_prefix + name, null);
        }
    }
}
