using System.Net;
using System.Text.Json.Nodes;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Definitions;

[Collection(AzuriteCollection.Name)]
public sealed class JobDefinitionsApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Definitions = HttpJson.V2 + "/job-definitions";
    private ServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_MinimalBody_ReturnsScalewayDefaults()
    {
        var (status, body) = await _client.PostAsync(Definitions, new { name = "nightly", cpu_limit = 1000, memory_limit = 2048 });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(Guid.TryParse((string?)body!["id"], out _));
        Assert.Equal("nightly", (string?)body["name"]);
        Assert.Equal(TestKeys.ProjectId, (string?)body["project_id"]);
        Assert.Equal("86400s", (string?)body["job_timeout"]);
        Assert.Equal(0, (int?)body["retry_policy"]!["max_retries"]);
        Assert.Equal(5120, (int?)body["local_storage_capacity"]);
        Assert.Equal("fr-par", (string?)body["region"]);
        Assert.Null(body["cron_schedule"]);
        Assert.EndsWith("Z", (string?)body["created_at"]);
    }

    [Fact]
    public async Task Create_FullBody_EchoesEveryFieldInSnakeCase()
    {
        var (_, body) = await _client.PostAsync(Definitions, new
        {
            name = "full_job-1", cpu_limit = 140, memory_limit = 256, local_storage_capacity = 1000,
            image_uri = "rg.fr-par.scw.cloud/ns/app:1.0", startup_command = new[] { "/bin/sh", "-c" },
            args = new[] { "echo hi" }, environment_variables = new Dictionary<string, string> { ["A"] = "1" },
            description = "d", job_timeout = "3600s",
            cron_schedule = new { schedule = "0 8 * * 1-5", timezone = "Europe/Paris" },
            retry_policy = new { max_retries = 3 },
        });

        var expected = new[]
        {
            "id", "name", "project_id", "created_at", "updated_at", "cpu_limit", "memory_limit",
            "local_storage_capacity", "image_uri", "command", "environment_variables", "job_timeout", "description",
            "cron_schedule", "startup_command", "args", "retry_policy", "region",
        };
        Assert.Equal(expected.Order(), body!.AsObject().Select(p => p.Key).Order());
        Assert.Equal("3600s", (string?)body["job_timeout"]);
        Assert.Equal("Europe/Paris", (string?)body["cron_schedule"]!["timezone"]);
        Assert.Equal("echo hi", (string?)body["args"]![0]);
        Assert.Equal("1", (string?)body["environment_variables"]!["A"]);
        Assert.Equal(3, (int?)body["retry_policy"]!["max_retries"]);
    }

    [Fact]
    public async Task Create_EmptyName_GeneratesJobName()
    {
        var (_, body) = await _client.PostAsync(Definitions, new { cpu_limit = 1, memory_limit = 1 });

        Assert.Matches("^job-[a-z0-9]+$", (string?)body!["name"]);
    }

    [Theory]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"retry_policy\":{\"max_retries\":6}}", "retry_policy.max_retries:constraint")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":\"many\",\"memory_limit\":1}", "cpu_limit:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":-1,\"memory_limit\":1}", "cpu_limit:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":0,\"memory_limit\":1}", "cpu_limit:constraint")]
    [InlineData("{\"name\":\"a b\",\"cpu_limit\":1,\"memory_limit\":1}", "name:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"job_timeout\":\"90000s\"}", "job_timeout:constraint")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"job_timeout\":\"1h\"}", "job_timeout:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"environment_variables\":{\"scw_sls_x\":\"1\"}}", "environment_variables.scw_sls_x:constraint")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"image_uri\":\"UPPER CASE\"}", "image_uri:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"cron_schedule\":{\"schedule\":\"0 */5 * * * *\",\"timezone\":\"UTC\"}}", "cron_schedule.schedule:constraint")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"cron_schedule\":{\"schedule\":\"0 8 * * *\",\"timezone\":\"Mars/Olympus\"}}", "cron_schedule.timezone:constraint")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"project_id\":\"not-a-uuid\"}", "project_id:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"command\":\"echo 'unclosed\"}", "command:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"startup_command\":[\"a\\u0000b\"]}", "startup_command:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"startup_command\":[\"\"]}", "startup_command:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"args\":[\"ok\",\"\\u0000\"]}", "args:format")]
    [InlineData("{\"name\":\"ok-name\",\"cpu_limit\":1,\"memory_limit\":1,\"command\":\"echo \\u0000\"}", "command:format")]
    [InlineData("{\"name\":", "body:format")]
    [InlineData("[1,2]", "body:format")]
    public async Task Create_BadInput_Returns400NamingTheArgument(string json, string expected)
    {
        var (status, body) = await _client.SendAsync(HttpMethod.Post, Definitions, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_arguments", (string?)body!["type"]);
        Assert.Equal(expected, HttpJson.FirstArgument(body));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Create_DescriptionTooLong_Returns400()
    {
        var (status, body) = await _client.PostAsync(Definitions, new { cpu_limit = 1, memory_limit = 1, description = new string('x', 256) });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("description:constraint", HttpJson.FirstArgument(body));
    }

    [Fact]
    public async Task Create_BodyOverOneMiB_Returns413AndStoresNothing()
    {
        var json = "{\"name\":\"big\",\"cpu_limit\":1,\"memory_limit\":1,\"description\":\"" + new string('x', 1024 * 1024) + "\"}";

        var (status, body) = await _client.SendAsync(HttpMethod.Post, Definitions, json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("body:constraint", HttpJson.FirstArgument(body));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Create_AnotherProjectId_Returns403PermissionsDenied()
    {
        var (status, body) = await _client.PostAsync(Definitions,
            new { cpu_limit = 1, memory_limit = 1, project_id = TestKeys.OtherProjectId });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("permissions_denied", (string?)body!["type"]);
    }

    [Theory]
    [InlineData(null, "missing X-Auth-Token header: send your secret key")]
    [InlineData("00000000-0000-4000-8000-000000000000", "authentication is denied: the secret key is unknown")]
    public async Task AnyEndpoint_MissingOrUnknownToken_Returns401(string? token, string message)
    {
        using var client = _host.CreateClient(token);

        var (status, body) = await client.GetJsonAsync(Definitions);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("denied_authentication", (string?)body!["type"]);
        Assert.Equal(message, (string?)body["message"]);
    }

    [Fact]
    public async Task AnyEndpoint_UnknownRegion_Returns400OnRegion()
    {
        var (status, body) = await _client.GetJsonAsync("serverless-jobs/v1alpha2/regions/mars-1/job-definitions");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("region:constraint", HttpJson.FirstArgument(body));
    }

    [Fact]
    public async Task Get_UnknownId_Returns404WithResource()
    {
        var id = Guid.NewGuid().ToString();

        var (status, body) = await _client.GetJsonAsync($"{Definitions}/{id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not_found", (string?)body!["type"]);
        Assert.Equal("job_definition", (string?)body["resource"]);
        Assert.Equal(id, (string?)body["resource_id"]);
    }

    [Fact]
    public async Task Get_MalformedId_Returns400()
    {
        var (status, body) = await _client.GetJsonAsync($"{Definitions}/not-a-uuid");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("job_definition_id:format", HttpJson.FirstArgument(body));
    }

    [Fact]
    public async Task AnotherProject_NeitherSeesNorChangesDefinition()
    {
        var id = await CreateAsync("mine");
        using var other = _host.CreateClient(TestKeys.OtherSecretKey);

        var (getStatus, _) = await other.GetJsonAsync($"{Definitions}/{id}");
        var (patchStatus, _) = await other.PatchAsync($"{Definitions}/{id}", new { name = "stolen" });
        var (deleteStatus, _) = await other.SendAsync(HttpMethod.Delete, $"{Definitions}/{id}");
        var (_, list) = await other.GetJsonAsync(Definitions);

        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal(HttpStatusCode.NotFound, patchStatus);
        Assert.Equal(HttpStatusCode.NotFound, deleteStatus);
        Assert.Equal(0, (int?)list!["total_count"]);
        var (_, mine) = await _client.GetJsonAsync($"{Definitions}/{id}");
        Assert.Equal("mine", (string?)mine!["name"]);
    }

    [Fact]
    public async Task AnotherRegion_NeitherSeesNorChangesDefinitionOrItsRuns()
    {
        var id = await CreateAsync("in-fr-par");
        const string Amsterdam = "serverless-jobs/v1alpha2/regions/nl-ams";
        var (_, amsCreated) = await _client.PostAsync($"{Amsterdam}/job-definitions", new { name = "in-nl-ams", cpu_limit = 1, memory_limit = 1 });

        var (getStatus, _) = await _client.GetJsonAsync($"{Amsterdam}/job-definitions/{id}");
        var (patchStatus, _) = await _client.PatchAsync($"{Amsterdam}/job-definitions/{id}", new { name = "moved" });
        var (startStatus, _) = await _client.PostAsync($"{Amsterdam}/job-definitions/{id}/start", new { });
        var (deleteStatus, _) = await _client.SendAsync(HttpMethod.Delete, $"{Amsterdam}/job-definitions/{id}");
        var (_, amsList) = await _client.GetJsonAsync($"{Amsterdam}/job-definitions");
        var (_, parList) = await _client.GetJsonAsync(Definitions);

        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal(HttpStatusCode.NotFound, patchStatus);
        Assert.Equal(HttpStatusCode.NotFound, startStatus);
        Assert.Equal(HttpStatusCode.NotFound, deleteStatus);
        Assert.Equal([(string)amsCreated!["id"]!], Ids(amsList));
        Assert.Equal([id], Ids(parList));
        Assert.Equal("nl-ams", (string?)amsCreated["region"]);
    }

    [Fact]
    public async Task Update_OneField_ChangesOnlyThatField()
    {
        var id = await CreateAsync("before", description: "kept");

        var (status, body) = await _client.PatchAsync($"{Definitions}/{id}", new { name = "after" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("after", (string?)body!["name"]);
        Assert.Equal("kept", (string?)body["description"]);
        Assert.Equal(1000, (int?)body["cpu_limit"]);
        Assert.True(DateTimeOffset.Parse((string)body["updated_at"]!) > DateTimeOffset.Parse((string)body["created_at"]!));
    }

    [Fact]
    public async Task Update_CronScheduleWithNulls_RemovesSchedule()
    {
        var (_, created) = await _client.PostAsync(Definitions, new
        {
            name = "cron", cpu_limit = 1, memory_limit = 1, cron_schedule = new { schedule = "0 * * * *", timezone = "UTC" },
        });

        var (_, body) = await _client.SendAsync(HttpMethod.Patch, $"{Definitions}/{created!["id"]}",
            "{\"cron_schedule\":{\"schedule\":null,\"timezone\":null}}");

        Assert.Null(body!["cron_schedule"]);
    }

    [Fact]
    public async Task Update_InvalidValue_Returns400AndChangesNothing()
    {
        var id = await CreateAsync("stable");

        var (status, _) = await _client.PatchAsync($"{Definitions}/{id}", new { name = "x", retry_policy = new { max_retries = 9 } });
        var (_, body) = await _client.GetJsonAsync($"{Definitions}/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("stable", (string?)body!["name"]);
        Assert.Equal(0, (int?)body["retry_policy"]!["max_retries"]);
    }

    [Fact]
    public async Task Update_ConcurrentPatchesOfDifferentFields_BothTakeEffect()
    {
        var id = await CreateAsync("racy");

        var patches = Enumerable.Range(0, 8).Select(i => i % 2 == 0
            ? _client.PatchAsync($"{Definitions}/{id}", new { description = "described" })
            : _client.PatchAsync($"{Definitions}/{id}", new { cpu_limit = 2000 }));
        var results = await Task.WhenAll(patches);
        var (_, body) = await _client.GetJsonAsync($"{Definitions}/{id}");

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal("described", (string?)body!["description"]);
        Assert.Equal(2000, (int?)body["cpu_limit"]);
    }

    [Fact]
    public async Task Delete_Existing_Returns204ThenGetIs404()
    {
        var id = await CreateAsync("doomed");

        var (deleteStatus, _) = await _client.SendAsync(HttpMethod.Delete, $"{Definitions}/{id}");
        var (getStatus, _) = await _client.GetJsonAsync($"{Definitions}/{id}");
        var (againStatus, _) = await _client.SendAsync(HttpMethod.Delete, $"{Definitions}/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleteStatus);
        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal(HttpStatusCode.NotFound, againStatus);
    }

    [Fact]
    public async Task List_Pages_InCreationOrderBothWays()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await CreateAsync($"def-{i}"));
        }

        var (_, page2) = await _client.GetJsonAsync($"{Definitions}?page=2&page_size=2");
        var (_, desc1) = await _client.GetJsonAsync($"{Definitions}?page_size=2&order_by=created_at_desc");
        var (_, page4) = await _client.GetJsonAsync($"{Definitions}?page=4&page_size=2");

        Assert.Equal(5, (int?)page2!["total_count"]);
        Assert.Equal(ids[2..4], Ids(page2));
        Assert.Equal([ids[4], ids[3]], Ids(desc1));
        Assert.Empty(Ids(page4));
    }

    [Theory]
    [InlineData("page=0", "page:constraint")]
    [InlineData("page_size=1001", "page_size:constraint")]
    [InlineData("page_size=abc", "page_size:constraint")]
    [InlineData("order_by=name_asc", "order_by:constraint")]
    [InlineData("project_id=nope", "project_id:format")]
    public async Task List_BadQuery_Returns400(string query, string expected)
    {
        var (status, body) = await _client.GetJsonAsync($"{Definitions}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(expected, HttpJson.FirstArgument(body));
    }

    [Fact]
    public async Task List_FilterOnAnotherProject_IsEmpty()
    {
        await CreateAsync("visible");

        var (_, own) = await _client.GetJsonAsync($"{Definitions}?project_id={TestKeys.ProjectId}");
        var (_, other) = await _client.GetJsonAsync($"{Definitions}?organization_id={TestKeys.OtherOrganizationId}");

        Assert.Equal(1, (int?)own!["total_count"]);
        Assert.Equal(0, (int?)other!["total_count"]);
    }

    [Fact]
    public async Task JobResourcesAndLimits_AnswerScalewayShapes()
    {
        var (_, resources) = await _client.GetJsonAsync(HttpJson.V2 + "/job-resources");
        var (_, limits) = await _client.GetJsonAsync(HttpJson.V2 + "/job-limits");

        Assert.Equal(70, (int?)resources!["resources"]![0]!["compute_limit_mvcpu"]);
        Assert.Equal(134217728L, (long?)resources["resources"]![0]!["memory_limit_bytes"]);
        Assert.Equal(20, (int?)limits!["secrets_per_job_definition"]);
    }

    [Fact]
    public async Task UnknownPath_Returns404NotFoundBody()
    {
        var (status, body) = await _client.GetJsonAsync(HttpJson.V2 + "/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not_found", (string?)body!["type"]);
    }

    private async Task<string> CreateAsync(string name, string description = "")
    {
        var (status, body) = await _client.PostAsync(Definitions, new { name, cpu_limit = 1000, memory_limit = 512, description });
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)body!["id"]!;
    }

    private async Task<int> CountAsync() => (int)(await _client.GetJsonAsync(Definitions)).Body!["total_count"]!;

    private static string[] Ids(JsonNode? page) =>
        page!["job_definitions"]!.AsArray().Select(d => (string)d!["id"]!).ToArray();
}
