namespace ServerlessJobs.Api;

/// <summary>One endpoint of the API: its name (the Azure Function's name too), HTTP method and route template.</summary>
/// <param name="Name">Unique name, used as the function name in the Functions app.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Template">The route template without a leading slash, e.g. <c>serverless-jobs/v1alpha2/regions/{region}/job-definitions</c>.</param>
/// <param name="Handler">The handler that serves it.</param>
public sealed record ApiRoute(string Name, string Method, string Template, ApiHandler Handler);
