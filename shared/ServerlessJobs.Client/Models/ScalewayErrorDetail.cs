using System.Text.Json.Serialization;

namespace ServerlessJobs.Client.Models;

/// <summary>
/// One item of an error's details: for invalid_arguments a wrong argument (its JSON path, why, what to do),
/// for permissions_denied the action and resource that were refused.
/// </summary>
public sealed record ScalewayErrorDetail
{
    /// <summary>The JSON path of the argument, e.g. <c>retry_policy.max_retries</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ArgumentName { get; init; }

    /// <summary>required, format, constraint or unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>What a caller should send instead.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HelpMessage { get; init; }

    /// <summary>The refused action (read, write) of a permissions_denied error.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Action { get; init; }

    /// <summary>The resource kind of a permissions_denied error.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Resource { get; init; }
}
