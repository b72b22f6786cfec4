using System.ComponentModel.DataAnnotations;

namespace ServerlessJobs.Auth;

/// <summary>A secret key and the one project (and its organization) it acts for.</summary>
public sealed class ApiKey
{
    /// <summary>The value callers send in <c>X-Auth-Token</c>.</summary>
    [Required, MinLength(16)]
    public string SecretKey { get; set; } = "";

    /// <summary>The project whose resources the key sees and changes.</summary>
    [Required]
    public string ProjectId { get; set; } = "";

    /// <summary>The organization that owns <see cref="ProjectId"/>.</summary>
    [Required]
    public string OrganizationId { get; set; } = "";
}
