using Azure;

namespace ServerlessJobs.Storage;

/// <summary>A document read from Blob storage with the ETag a conditional write must quote.</summary>
public sealed record StoredDocument<T>(string Name, T Value, ETag ETag);
