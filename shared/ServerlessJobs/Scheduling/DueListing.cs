namespace ServerlessJobs.Scheduling;

/// <summary>The entries of the due-time index that are due, and how many listing pages it took to find them.</summary>
/// <param name="Entries">Due entries, earliest first.</param>
/// <param name="Pages">Listing requests made; each returns at most <see cref="DueIndex.PageSize"/> names.</param>
public sealed record DueListing(IReadOnlyList<DueEntry> Entries, int Pages);
