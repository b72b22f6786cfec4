using ServerlessJobs.Runs.Commands;

namespace ServerlessJobs.V1Alpha1;

/// <summary>
/// Writes what a definition or run executes as the one <c>command</c> string v1alpha1 knows: words are quoted the
/// POSIX shell way, so <see cref="CommandSplitter"/> reads the string back into exactly the same words.
/// </summary>
public static class CommandLine
{
    /// <summary>
    /// The command line <see cref="RunCommandBuilder"/> would execute, before <c>$(VAR)</c> expansion:
    /// startup_command + args, else the command string followed by args, else args alone; empty when nothing is set.
    /// </summary>
    public static string Of(IReadOnlyList<string> startupCommand, IReadOnlyList<string> args, string? command)
    {
        if (startupCommand.Count > 0 || string.IsNullOrWhiteSpace(command))
        {
            return Join(startupCommand.Concat(args));
        }

        return args.Count == 0 ? command : command + " " + Join(args);
    }

    /// <summary>The words joined by spaces, each quoted when the shell would otherwise split or change it.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    private static string Quote(string word) =>
        word.Length > 0 && word.All(IsPlain) ? word : "'" + word.Replace("'", @"'\''", StringComparison.Ordinal) + "'";

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or
        '=' or '@' or '%' or '+' or ',';
}
