using System.Net;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.V1Alpha1;

/// <summary>The paths the v1alpha1 tests call (fr-par) and the step they all repeat: create, keep the id.</summary>
public static class V1Alpha1Http
{
    public const string Base = "serverless-jobs/v1alpha1/regions/fr-par";
    public const string Definitions = Base + "/job-definitions";
    public const string Runs = Base + "/job-runs";
    public const string V2Definitions = HttpJson.V2 + "/job-definitions";

    /// <summary>POSTs <paramref name="body"/>, asserts 200 and returns the created resource's id.</summary>
    public static async Task<string> CreatedIdAsync(this HttpClient client, string path, object body)
    {
        var (status, created) = await client.PostAsync(path, body);
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)created!["id"]!;
    }

    /// <summary>Creates a definition through v1alpha1 running <paramref name="command"/>.</summary>
    public static Task<string> CreateV1Async(this HttpClient client, string command, string? name = null) =>
        client.CreatedIdAsync(Definitions, new
        {
            name, cpu_limit = 140, memory_limit = 256, image_uri = "", command, description = "",
        });
}
