using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ServerlessJobs.Client;

/// <summary>Checks <see cref="ServerlessJobsClientOptions"/> on host start, or when first read.</summary>
public sealed partial class ServerlessJobsClientOptionsValidator : IValidateOptions<ServerlessJobsClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ServerlessJobsClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (options.BaseAddress is not { IsAbsoluteUri: true } address
            || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(address.Query))
        {
            failures.Add(
                "BaseAddress must be an absolute http(s) URL without a query, e.g. https://api.scaleway.com.");
        }

        if (string.IsNullOrWhiteSpace(options.SecretKey) || options.SecretKey.Any(char.IsControl)
            || options.SecretKey.Trim() != options.SecretKey)
        {
            failures.Add("SecretKey is required: the secret key of a Scaleway API key (sent as X-Auth-Token).");
        }

        if (options.DefaultRegion is null || !RegionName().IsMatch(options.DefaultRegion))
        {
            failures.Add("DefaultRegion must be a region name such as fr-par, nl-ams or pl-waw.");
        }

        if (options.DefaultProjectId is not null && !Guid.TryParse(options.DefaultProjectId, out _))
        {
            failures.Add("DefaultProjectId must be a project UUID, or null.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex RegionName();
}
