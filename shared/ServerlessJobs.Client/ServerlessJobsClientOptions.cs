namespace ServerlessJobs.Client;

/// <summary>Where the client sends requests, with which key, and the region and project it uses by default.</summary>
public sealed class ServerlessJobsClientOptions
{
    /// <summary>Scaleway's own API, the default <see cref="BaseAddress"/>.</summary>
    public const string ScalewayBaseAddress = "https://api.scaleway.com";

    /// <summary>The default <see cref="DefaultRegion"/>.</summary>
    public const string ScalewayDefaultRegion = "fr-par";

    /// <summary>The API's root, without the <c>/serverless-jobs</c> path; default <c>https://api.scaleway.com</c>.
    /// </summary>
    public Uri BaseAddress { get; set; } = new(ScalewayBaseAddress);

    /// <summary>The secret key sent as <c>X-Auth-Token</c>; required.</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>The region of requests that name none; default <c>fr-par</c>.</summary>
    public string DefaultRegion { get; set; } = ScalewayDefaultRegion;

    /// <summary>The project job definitions are created in when the request names none; a UUID, optional.</summary>
    public string? DefaultProjectId { get; set; }
}
