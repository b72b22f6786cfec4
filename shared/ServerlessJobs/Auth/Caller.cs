namespace ServerlessJobs.Auth;

/// <summary>Who is calling: the project and organization of the key that authenticated the request.</summary>
public sealed record Caller(string ProjectId, string OrganizationId);
