using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ServerlessJobs.Auth;

/// <summary>Refuses to start a non-Development host that has no API key, and any host with a malformed key.</summary>
public sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        if (options.ApiKeys.Count == 0 && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                "No API key is configured. Set Auth__ApiKeys__0__SecretKey, Auth__ApiKeys__0__ProjectId and " +
                "Auth__ApiKeys__0__OrganizationId (or the Auth:ApiKeys section) before starting the host.");
        }

        var failures = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(options.ApiKeys[i], new ValidationContext(options.ApiKeys[i]), results, true))
            {
                failures.AddRange(results.Select(r => $"Auth:ApiKeys:{i}: {r.ErrorMessage}"));
            }
        }

        // App Service passes an unresolved Key Vault reference through as literal text: never accept that as a key.
        failures.AddRange(options.ApiKeys
            .Where(k => k.SecretKey.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase))
            .Select(_ => "an Auth:ApiKeys SecretKey is an unresolved Key Vault reference: check the app's access to the vault"));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
