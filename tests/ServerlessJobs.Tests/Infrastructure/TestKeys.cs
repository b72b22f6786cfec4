namespace ServerlessJobs.Tests.Infrastructure;

/// <summary>The API keys every test server accepts: two projects, so tests can check that they never meet.</summary>
public static class TestKeys
{
    public const string SecretKey = "11111111-1111-4111-8111-111111111111";
    public const string ProjectId = "22222222-2222-4222-8222-222222222222";
    public const string OrganizationId = "33333333-3333-4333-8333-333333333333";

    public const string OtherSecretKey = "44444444-4444-4444-8444-444444444444";
    public const string OtherProjectId = "55555555-5555-4555-8555-555555555555";
    public const string OtherOrganizationId = "66666666-6666-4666-8666-666666666666";
}
