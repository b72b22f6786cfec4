namespace ServerlessJobs.Runs.Commands;

/// <summary>
/// Builds the argv of a job run the way Scaleway does: startup_command + args when startup_command is given, else
/// the deprecated <c>command</c> string split into words + args, else args alone; <c>$(VAR)</c> expanded per word.
/// </summary>
public static class RunCommandBuilder
{
    /// <summary>
    /// The argv to execute, or <see langword="null"/> when there is nothing to run (the run then fails with reason
    /// invalid_request). Throws <see cref="FormatException"/> when <paramref name="command"/> has an unclosed quote.
    /// </summary>
    /// <param name="startupCommand">The run's startup_command; each word is kept whole.</param>
    /// <param name="args">The run's args; each is kept whole, never re-split.</param>
    /// <param name="command">The deprecated command string, used only without a startup_command.</param>
    /// <param name="environment">The run's complete environment, for <c>$(VAR)</c> expansion.</param>
    public static IReadOnlyList<string>? Build(
        IReadOnlyList<string>? startupCommand,
        IReadOnlyList<string>? args,
        string? command,
        IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);

        IEnumerable<string> program = startupCommand is { Count: > 0 } ? startupCommand
            : !string.IsNullOrWhiteSpace(command) ? CommandSplitter.Split(command)
            : [];
        var argv = ArgsExpander.ExpandAll(program.Concat(args ?? []), environment);
        return argv.Count > 0 ? argv : null;
    }
}
