namespace ServerlessJobs.Runtimes.Process;

/// <summary>
/// The environment a workload process gets: PATH, HOME and LANG from the host, then the attempt's variables over
/// them; nothing else of the host's environment, which holds the storage account's keys.
/// </summary>
internal static class ChildEnvironment
{
    /// <summary>PATH when the host has none: the usual directories of a Linux system.</summary>
    public const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>The only host variables a workload sees, unless the attempt sets them itself.</summary>
    public static readonly IReadOnlyList<string> Inherited = ["PATH", "HOME", "LANG"];

    /// <summary>The complete environment of the child; throws when a name or value cannot be passed.</summary>
    public static Dictionary<string, string> Build(IReadOnlyDictionary<string, string> variables)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Inherited)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                environment[name] = value;
            }
        }

        environment.TryAdd("PATH", DefaultPath);
        foreach (var (name, value) in variables)
        {
            Validate(name, value);
            environment[name] = value;
        }

        return environment;
    }

    private static void Validate(string name, string value)
    {
        // The kernel passes "NAME=value\0" strings: a name with '=' or any NUL would be cut or misread.
        if (name.Length == 0 || name.Contains('=') || name.Contains('\0'))
        {
            throw new AttemptLaunchException($"environment variable name '{name}' cannot be passed to a process");
        }

        if (value.Contains('\0'))
        {
            throw new AttemptLaunchException($"environment variable {name} holds a NUL character");
        }
    }
}
