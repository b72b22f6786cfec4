using System.Net;
using System.Text.Json.Nodes;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.V1Alpha1;

/// <summary>
/// v1alpha1 job definitions, resources, limits and secrets over HTTP against a real self-host: the v1alpha1 shape,
/// the same definitions seen through v1alpha2, and Scaleway's errors.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class V1Alpha1DefinitionsApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string V1 = V1Alpha1Http.Definitions;
    private const string V2 = V1Alpha1Http.V2Definitions;
    private ServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreateV1_ReadThroughV2_SameDefinitionWithItsCommand()
    {
        var (status, created) = await _client.PostAsync(V1, new
        {
            name = "nightly-report", cpu_limit = 140, memory_limit = 256, image_uri = "", command = "echo hello",
            description = "from v1alpha1", job_timeout = "600s",
            environment_variables = new Dictionary<string, string> { ["A"] = "1" },
        });
        var (_, viaV2) = await _client.GetJsonAsync($"{V2}/{created!["id"]}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("echo hello", (string?)created["command"]);
        Assert.Equal("600s", (string?)created["job_timeout"]);
        Assert.Equal("fr-par", (string?)created["region"]);
        Assert.Equal(5120, (int?)created["local_storage_capacity"]);
        Assert.False(created.AsObject().ContainsKey("startup_command"));
        Assert.False(created.AsObject().ContainsKey("retry_policy"));
        Assert.Equal("echo hello", (string?)viaV2!["command"]);
        Assert.Empty(viaV2["startup_command"]!.AsArray());
        Assert.Equal("1", (string?)viaV2["environment_variables"]!["A"]);
        Assert.Equal((string?)created["created_at"], (string?)viaV2["created_at"]);
    }

    [Fact]
    public async Task CreateV2WithStartupCommandAndArgs_ReadThroughV1_OneShellQuotedCommand()
    {
        var id = await _client.CreatedIdAsync(V2, new
        {
            cpu_limit = 140, memory_limit = 256,
            startup_command = new[] { "/bin/sh", "-c", "echo \"$0\" 'done'" },
            args = new[] { "two words" },
        });

        var (status, viaV1) = await _client.GetJsonAsync($"{V1}/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(@"/bin/sh -c 'echo ""$0"" '\''done'\''' 'two words'", (string?)viaV1!["command"]);
        Assert.False(viaV1.AsObject().ContainsKey("args"));
    }

    [Fact]
    public async Task UpdateV1Command_ReplacesStartupCommandAndArgs()
    {
        var id = await _client.CreatedIdAsync(V2, new
        {
            cpu_limit = 140, memory_limit = 256, startup_command = new[] { "sleep" }, args = new[] { "60" },
        });

        var (status, updated) = await _client.PatchAsync($"{V1}/{id}", new { command = "echo replaced" });
        var (_, viaV2) = await _client.GetJsonAsync($"{V2}/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("echo replaced", (string?)updated!["command"]);
        Assert.Equal("echo replaced", (string?)viaV2!["command"]);
        Assert.Empty(viaV2["startup_command"]!.AsArray());
        Assert.Empty(viaV2["args"]!.AsArray());
    }

    [Fact]
    public async Task UpdateV1WithoutCommand_KeepsStartupCommandAndRetryPolicy()
    {
        var id = await _client.CreatedIdAsync(V2, new
        {
            cpu_limit = 140, memory_limit = 256,
            startup_command = new[] { "true" },
            retry_policy = new { max_retries = 2 },
        });

        var (_, updated) = await _client.PatchAsync($"{V1}/{id}", new { description = "renamed", memory_limit = 512 });
        var (_, viaV2) = await _client.GetJsonAsync($"{V2}/{id}");

        Assert.Equal("true", (string?)updated!["command"]);
        Assert.Equal(512, (int?)updated["memory_limit"]);
        Assert.Equal(["true"], viaV2!["startup_command"]!.AsArray().Select(w => (string?)w));
        Assert.Equal(2, (int?)viaV2["retry_policy"]!["max_retries"]);
        Assert.Equal("renamed", (string?)viaV2["description"]);
    }

    [Fact]
    public async Task ListV1_PageSizeThree_PagesOverDefinitionsOfBothVersions()
    {
        for (var i = 0; i < 3; i++)
        {
            await _client.CreateV1Async("true", $"v1-def-{i}");
        }

        await _client.CreatedIdAsync(V2, new { name = "v2-def", cpu_limit = 140, memory_limit = 256 });

        var (_, first) = await _client.GetJsonAsync($"{V1}?page_size=3");
        var (_, second) = await _client.GetJsonAsync($"{V1}?page_size=3&page=2");

        Assert.Equal(4, (int?)first!["total_count"]);
        Assert.Equal(["v1-def-0", "v1-def-1", "v1-def-2"], Names(first));
        Assert.Equal(["v2-def"], Names(second!));
        Assert.Equal("", (string?)second!["job_definitions"]![0]!["command"]);
    }

    [Fact]
    public async Task DeleteV1_GoneThroughBothVersions()
    {
        var id = await _client.CreateV1Async("true", "to-delete");

        var (status, _) = await _client.SendAsync(HttpMethod.Delete, $"{V1}/{id}");
        var (v1Status, v1Body) = await _client.GetJsonAsync($"{V1}/{id}");
        var (v2Status, _) = await _client.GetJsonAsync($"{V2}/{id}");

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(HttpStatusCode.NotFound, v1Status);
        Assert.Equal("not_found", (string?)v1Body!["type"]);
        Assert.Equal("job_definition", (string?)v1Body["resource"]);
        Assert.Equal(id, (string?)v1Body["resource_id"]);
        Assert.Equal(HttpStatusCode.NotFound, v2Status);
    }

    [Fact]
    public async Task ResponsesV1_AreApplicationJsonWithoutCharset()
    {
        var id = await _client.CreateV1Async("true", "content-type");

        using var response = await _client.GetAsync($"{V1}/{id}");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("GET", "/not-a-uuid", null, "job_definition_id:format")]
    [InlineData("POST", "", "{\"cpu_limit\":0,\"memory_limit\":256,\"command\":\"true\"}", "cpu_limit:constraint")]
    [InlineData("POST", "", "{\"cpu_limit\":70,\"memory_limit\":256,\"job_timeout\":\"90000s\"}",
        "job_timeout:constraint")]
    [InlineData("POST", "", "{\"cpu_limit\":\"many\",\"memory_limit\":256}", "cpu_limit:format")]
    public async Task V1_InvalidInput_InvalidArgumentsFromTheSameRules(
        string method, string suffix, string? json, string expected)
    {
        var (status, body) = await _client.SendAsync(new HttpMethod(method), V1 + suffix, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_arguments", (string?)body!["type"]);
        Assert.Equal(expected, HttpJson.FirstArgument(body));
    }

    [Fact]
    public async Task V1_WithoutToken_DeniedAuthentication()
    {
        using var anonymous = _host.CreateClient(secretKey: null);

        var (status, body) = await anonymous.GetJsonAsync(V1);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("denied_authentication", (string?)body!["type"]);
    }

    [Theory]
    [InlineData("POST", "/secrets")]
    [InlineData("GET", "/secrets")]
    [InlineData("GET", "/secrets/6f1f8a38-0d4f-4a5e-9f39-8b8c2f3e0a11")]
    [InlineData("PATCH", "/secrets/6f1f8a38-0d4f-4a5e-9f39-8b8c2f3e0a11")]
    [InlineData("DELETE", "/secrets/6f1f8a38-0d4f-4a5e-9f39-8b8c2f3e0a11")]
    public async Task SecretsV1_NotImplementedInScalewayShape(string method, string suffix)
    {
        var id = await _client.CreateV1Async("true", "with-secrets");

        var (status, body) = await _client.SendAsync(new HttpMethod(method), $"{V1}/{id}{suffix}", "{}");

        Assert.Equal(HttpStatusCode.NotImplemented, status);
        Assert.Equal("not_implemented", (string?)body!["type"]);
        Assert.False(string.IsNullOrEmpty((string?)body["message"]));
    }

    [Fact]
    public async Task JobsResourcesV1_CpuAndMemoryInDefinitionUnits()
    {
        var (status, body) = await _client.GetJsonAsync($"{V1Alpha1Http.Base}/jobs-resources");

        var first = body!["resources"]![0]!;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(70, (int?)first["cpu_limit"]);
        Assert.Equal(128, (int?)first["memory_limit"]);
        Assert.Equal(8, body["resources"]!.AsArray().Count);
    }

    [Fact]
    public async Task JobsLimitsV1_SecretsPerJobDefinition()
    {
        var (status, body) = await _client.GetJsonAsync($"{V1Alpha1Http.Base}/jobs-limits");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(20, (int?)body!["secrets_per_job_definition"]);
    }

    private static IEnumerable<string?> Names(JsonNode page) =>
        page["job_definitions"]!.AsArray().Select(d => (string?)d!["name"]);
}
