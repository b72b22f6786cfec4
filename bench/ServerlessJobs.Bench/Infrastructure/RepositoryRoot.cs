namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>Finds the checkout's root folder (the one holding ServerlessJobs.slnx) from the bench binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ServerlessJobs.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ServerlessJobs.slnx not found above " + AppContext.BaseDirectory);
    }
}
