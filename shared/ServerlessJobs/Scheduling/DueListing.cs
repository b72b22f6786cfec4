namespace ServerlessJobs.Scheduling;

/// <summary>
/// The entries of the due-time index that are due, the blobs they were read from, and how many listing pages it
/// took to find them.
/// </summary>
/// <param name="Entries">Due entries, earliest first, each once however many times it was written.</param>
/// <param name="Blobs">The blobs read, to delete once their entries are fired and moved on.</param>
/// <param name="Pages">Listing requests made; each returns at most <see cref="DueIndex.PageSize"/> names.</param>
public sealed record DueListing(IReadOnlyList<DueEntry> Entries, IReadOnlyList<DueBlob> Blobs, int Pages);

/// <summary>A blob of the due-time index as it was read: deleting it fails if it changed since.</summary>
/// <param name="Name">The blob name, <c>due/{UTC ticks of its minute, 19 digits}/…</c>.</param>
/// <param name="ETag">Its ETag when read.</param>
public sealed record DueBlob(string Name, Azure.ETag ETag);
