using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Runs;

/// <summary>Which of a project's runs a list asks for; an empty set means no filter on that field.</summary>
public sealed record JobRunFilter(
    string? JobDefinitionId, IReadOnlySet<JobRunState> States, IReadOnlySet<JobRunReason> Reasons);
