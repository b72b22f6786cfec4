using System.Text.Json.Serialization;

namespace ServerlessJobs.Client.Models;

/// <summary>The body of every error answer, in Scaleway's shape; which fields are set depends on <see cref="Type"/>.</summary>
public sealed record ScalewayErrorBody
{
    /// <summary>invalid_arguments, not_found, denied_authentication, permissions_denied, quotas_exceeded, ...</summary>
    public required string Type { get; init; }
    public required string Message { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ScalewayErrorDetail>? Details { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Resource { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResourceId { get; init; }

    /// <summary>For precondition_failed: which precondition failed, e.g. <c>resource_still_in_use</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Precondition { get; init; }

    /// <summary>For precondition_failed: what to do about it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HelpMessage { get; init; }
}
