using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ServerlessJobs.Api;

namespace ServerlessJobs.Auth;

/// <summary>Maps an <c>X-Auth-Token</c> to the caller it belongs to, comparing secrets in constant time.</summary>
public sealed class ApiKeyAuthenticator(IOptionsMonitor<AuthOptions> options)
{
    /// <summary>The header Scaleway clients send their secret key in.</summary>
    public const string HeaderName = "X-Auth-Token";

    /// <summary>Returns the caller a token belongs to, or throws 401 denied_authentication.</summary>
    public Caller Authenticate(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw ScalewayException.DeniedAuthentication($"missing {HeaderName} header: send your secret key");
        }

        var offered = Encoding.UTF8.GetBytes(token);
        foreach (var key in options.CurrentValue.ApiKeys)
        {
            if (CryptographicOperations.FixedTimeEquals(offered, Encoding.UTF8.GetBytes(key.SecretKey)))
            {
                return new Caller(key.ProjectId, key.OrganizationId);
            }
        }

        throw ScalewayException.DeniedAuthentication("authentication is denied: the secret key is unknown");
    }
}
