using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServerlessJobs.Client;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Client;

/// <summary>Wrong client settings fail when the client is built, naming the setting.</summary>
public sealed class ClientOptionsTests
{
    [Fact]
    public void Defaults_AreScalewayAndFrPar()
    {
        var options = new ServerlessJobsClientOptions();

        Assert.Equal("https://api.scaleway.com/", options.BaseAddress.ToString());
        Assert.Equal("fr-par", options.DefaultRegion);
        Assert.Null(options.DefaultProjectId);
    }

    [Theory]
    [InlineData(null, "fr-par", null, "SecretKey")]
    [InlineData(" key ", "fr-par", null, "SecretKey")]
    [InlineData(TestKeys.SecretKey, "FR PAR", null, "DefaultRegion")]
    [InlineData(TestKeys.SecretKey, "", null, "DefaultRegion")]
    [InlineData(TestKeys.SecretKey, "fr-par", "my-project", "DefaultProjectId")]
    public void Validate_WrongSetting_FailsNamingIt(string? key, string region, string? project, string expected)
    {
        var options = new ServerlessJobsClientOptions
        {
            SecretKey = key ?? "", DefaultRegion = region, DefaultProjectId = project,
        };

        var result = new ServerlessJobsClientOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Single(result.Failures!);
        Assert.StartsWith(expected + " ", result.FailureMessage);
    }

    [Theory]
    [InlineData("ftp://api.scaleway.com")]
    [InlineData("https://api.scaleway.com/?x=1")]
    public void Validate_WrongBaseAddress_FailsNamingIt(string address)
    {
        var options = new ServerlessJobsClientOptions { SecretKey = "k", BaseAddress = new Uri(address) };

        var result = new ServerlessJobsClientOptionsValidator().Validate(null, options);

        Assert.StartsWith("BaseAddress ", result.FailureMessage);
    }

    [Fact]
    public void Validate_SelfHostAddressAndKey_Succeeds()
    {
        var options = new ServerlessJobsClientOptions
        {
            BaseAddress = new Uri("http://127.0.0.1:7071"), SecretKey = TestKeys.SecretKey,
            DefaultRegion = "nl-ams", DefaultProjectId = TestKeys.ProjectId,
        };

        Assert.True(new ServerlessJobsClientOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void GetClient_NoSecretKey_ThrowsOptionsValidationException()
    {
        var services = new ServiceCollection();
        services.AddServerlessJobsClient(_ => { });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<ServerlessJobsClient>());

        Assert.Contains("SecretKey", error.Message);
    }
}
