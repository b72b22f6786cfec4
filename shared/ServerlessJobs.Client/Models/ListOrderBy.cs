namespace ServerlessJobs.Client.Models;

/// <summary>The order of a list, by creation date; Scaleway's default is <see cref="CreatedAtAsc"/>.</summary>
public enum ListOrderBy
{
    CreatedAtAsc,
    CreatedAtDesc,
}
