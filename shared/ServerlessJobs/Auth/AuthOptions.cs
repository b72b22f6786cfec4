namespace ServerlessJobs.Auth;

/// <summary>Configuration section <c>Auth</c>: the keys that may call the API. No key, no access.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Auth";

    /// <summary>
    /// The accepted keys, e.g. <c>Auth__ApiKeys__0__SecretKey</c>, <c>Auth__ApiKeys__0__ProjectId</c>,
    /// <c>Auth__ApiKeys__0__OrganizationId</c>. Empty by default, which only a Development host accepts.
    /// </summary>
    public List<ApiKey> ApiKeys { get; set; } = [];
}
