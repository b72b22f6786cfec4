namespace ServerlessJobs.Runtimes.Process;

/// <summary>
/// Finds the file argv[0] names, as execvp does: a name with a slash is a path (relative to the working directory),
/// another name is looked up in the workload's own PATH, not the host's.
/// </summary>
internal static class ExecutableResolver
{
    private const UnixFileMode AnyExecute =
        UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>The full path of the program, or <see langword="null"/> when no executable file matches.</summary>
    public static string? Resolve(string program, string? path, string workingDirectory)
    {
        if (program.Length == 0)
        {
            return null;
        }

        if (program.Contains('/'))
        {
            var full = Path.GetFullPath(program, workingDirectory);
            return IsExecutableFile(full) ? full : null;
        }

        foreach (var directory in (path ?? "").Split(':'))
        {
            // An empty PATH entry means the working directory, as in POSIX.
            var candidate = Path.Combine(Path.GetFullPath(directory.Length == 0 ? "." : directory, workingDirectory),
                program);
            if (IsExecutableFile(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsExecutableFile(string path)
    {
        try
        {
            // Windows has no execute bits; the runtime needs Linux anyway, this only keeps the code portable.
            return File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & AnyExecute) != 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
