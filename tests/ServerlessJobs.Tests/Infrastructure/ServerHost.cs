using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using ServerlessJobs.Server;

namespace ServerlessJobs.Tests.Infrastructure;

/// <summary>
/// A real self-host on a free loopback port over the run's Azurite, with its own container prefix and task hub so
/// that test classes never see each other's data. Clients talk to it over HTTP like any user.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServerHost(WebApplication app, Uri baseAddress, string containerPrefix)
    {
        _app = app;
        BaseAddress = baseAddress;
        ContainerPrefix = containerPrefix;
    }

    public Uri BaseAddress { get; }

    public string ContainerPrefix { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ServerHost> StartAsync(
        AzuriteFixture azurite, IDictionary<string, string?>? settings = null)
    {
        var port = FreePort.Next();
        var prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        var configuration = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Storage:ContainerPrefix"] = prefix,
            ["DurableTask:TaskHubName"] = prefix,
            ["Auth:ApiKeys:0:SecretKey"] = TestKeys.SecretKey,
            ["Auth:ApiKeys:0:ProjectId"] = TestKeys.ProjectId,
            ["Auth:ApiKeys:0:OrganizationId"] = TestKeys.OrganizationId,
            ["Auth:ApiKeys:1:SecretKey"] = TestKeys.OtherSecretKey,
            ["Auth:ApiKeys:1:ProjectId"] = TestKeys.OtherProjectId,
            ["Auth:ApiKeys:1:OrganizationId"] = TestKeys.OtherOrganizationId,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = ServerApp.Build([], configuration);
        await app.StartAsync();
        return new ServerHost(app, new Uri($"http://127.0.0.1:{port}/"), prefix);
    }

    /// <summary>An HTTP client for the host, authenticated with <paramref name="secretKey"/> unless null.</summary>
    public HttpClient CreateClient(string? secretKey = TestKeys.SecretKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (secretKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Auth-Token", secretKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
