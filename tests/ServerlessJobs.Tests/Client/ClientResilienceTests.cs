using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using ServerlessJobs.Client;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Tests.Client;

/// <summary>Which failures the client retries: reads and idempotent writes yes, POST only when never sent.</summary>
public sealed class ClientResilienceTests
{
    private const string Unavailable = "{\"type\":\"service_unavailable\",\"message\":\"try again\"}";
    private static readonly CreateJobDefinitionRequest Create = new() { Name = "x", CpuLimit = 70, MemoryLimit = 128 };

    [Fact]
    public async Task CreateJobDefinitionAsync_ServiceUnavailable_IsSentOnceAndThrows()
    {
        var stub = new StubHandler().Json(HttpStatusCode.ServiceUnavailable, Unavailable);
        await using var services = TestClients.ForStub(stub);

        var error = await Assert.ThrowsAsync<ScalewayApiException>(
            () => services.GetRequiredService<ServerlessJobsClient>().CreateJobDefinitionAsync(Create));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("service_unavailable", error.Type);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task StartJobDefinitionAsync_GatewayTimeout_IsSentOnce()
    {
        var stub = new StubHandler().Json(HttpStatusCode.GatewayTimeout, Unavailable);
        await using var services = TestClients.ForStub(stub);

        await Assert.ThrowsAsync<ScalewayApiException>(() => services.GetRequiredService<ServerlessJobsClient>()
            .StartJobDefinitionAsync(Guid.NewGuid().ToString()));

        Assert.Single(stub.Requests);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    public async Task CreateJobDefinitionAsync_ConnectionNeverMade_IsRetried(HttpRequestError failure)
    {
        var stub = new StubHandler().Throws(failure).Json(HttpStatusCode.OK, TestClients.DefinitionJson);
        await using var services = TestClients.ForStub(stub);

        var created = await services.GetRequiredService<ServerlessJobsClient>().CreateJobDefinitionAsync(Create);

        Assert.Equal("stubbed", created.Name);
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(stub.Requests[0].Body, stub.Requests[1].Body);
    }

    [Fact]
    public async Task CreateJobDefinitionAsync_ResponseCutOff_IsNotRetried()
    {
        var stub = new StubHandler().Throws(HttpRequestError.ResponseEnded);
        await using var services = TestClients.ForStub(stub);

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => services.GetRequiredService<ServerlessJobsClient>().CreateJobDefinitionAsync(Create));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task CreateJobDefinitionAsync_TooManyRequests_IsRetried()
    {
        var stub = new StubHandler()
            .Json(HttpStatusCode.TooManyRequests, "{\"type\":\"too_many_requests\",\"message\":\"slow down\"}")
            .Json(HttpStatusCode.OK, TestClients.DefinitionJson);
        await using var services = TestClients.ForStub(stub);

        await services.GetRequiredService<ServerlessJobsClient>().CreateJobDefinitionAsync(Create);

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task GetJobDefinitionAsync_ServiceUnavailableThenOk_ReturnsTheRetriedAnswer()
    {
        var stub = new StubHandler()
            .Json(HttpStatusCode.ServiceUnavailable, Unavailable)
            .Json(HttpStatusCode.OK, TestClients.DefinitionJson);
        await using var services = TestClients.ForStub(stub);

        var definition = await services.GetRequiredService<ServerlessJobsClient>()
            .GetJobDefinitionAsync("0196a3c4-0000-7000-8000-000000000001");

        Assert.Equal(TimeSpan.FromSeconds(60), definition.JobTimeout);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task UpdateJobDefinitionAsync_BadGatewayThenOk_IsRetriedWithTheSameBody()
    {
        var stub = new StubHandler()
            .Text(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "text/html")
            .Json(HttpStatusCode.OK, TestClients.DefinitionJson);
        await using var services = TestClients.ForStub(stub);

        await services.GetRequiredService<ServerlessJobsClient>()
            .UpdateJobDefinitionAsync(Guid.NewGuid().ToString(), new UpdateJobDefinitionRequest { Name = "y" });

        Assert.Equal(2, stub.Requests.Count);
        Assert.Contains("\"name\":\"y\"", stub.Requests[1].Body);
    }

    [Fact]
    public async Task DeleteJobDefinitionAsync_ServiceUnavailableThenNoContent_IsRetried()
    {
        var stub = new StubHandler()
            .Json(HttpStatusCode.ServiceUnavailable, Unavailable)
            .Text(HttpStatusCode.NoContent, "");
        await using var services = TestClients.ForStub(stub);

        await services.GetRequiredService<ServerlessJobsClient>().DeleteJobDefinitionAsync(Guid.NewGuid().ToString());

        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task GetJobDefinitionAsync_NotFound_IsNotRetried()
    {
        var stub = new StubHandler().Json(HttpStatusCode.NotFound,
            "{\"type\":\"not_found\",\"message\":\"gone\",\"resource\":\"job_definition\",\"resource_id\":\"42\"}");
        await using var services = TestClients.ForStub(stub);

        var error = await Assert.ThrowsAsync<ScalewayApiException>(
            () => services.GetRequiredService<ServerlessJobsClient>().GetJobDefinitionAsync("42"));

        Assert.Equal("42", error.ResourceId);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task CreateJobDefinitionAsync_ErrorBodyNotJson_ThrowsUnknownErrorWithStatusAndText()
    {
        var stub = new StubHandler().Text(HttpStatusCode.BadGateway, "<html>upstream down</html>", "text/html");
        await using var services = TestClients.ForStub(stub);

        var error = await Assert.ThrowsAsync<ScalewayApiException>(
            () => services.GetRequiredService<ServerlessJobsClient>().CreateJobDefinitionAsync(Create));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(ScalewayApiException.UnknownErrorType, error.Type);
        Assert.Contains("502", error.Error.Message);
        Assert.Contains("upstream down", error.Error.Message);
    }
}
