using ServerlessJobs.Auth;
using ServerlessJobs.Validation;

namespace ServerlessJobs.Api;

/// <summary>Reads ids from the path and project ids from bodies, with Scaleway's answers for wrong ones.</summary>
public static class RouteIds
{
    /// <summary>The UUID in route value <paramref name="name"/>, or a 400 naming it.</summary>
    public static string Require(ApiCall call, string name)
    {
        var value = call.RouteValue(name);
        if (!Guid.TryParse(value, out var id))
        {
            throw ScalewayException.InvalidArgument(name, "format", "a UUID");
        }

        return id.ToString();
    }

    /// <summary>
    /// The project a new resource belongs to: the caller's when <paramref name="projectId"/> is omitted;
    /// a 403 permissions_denied when it names another project.
    /// </summary>
    public static string Project(Caller caller, string? projectId, string resource, ArgumentErrors errors)
    {
        if (string.IsNullOrEmpty(projectId))
        {
            return caller.ProjectId;
        }

        if (!Guid.TryParse(projectId, out _))
        {
            errors.Format("project_id", "a UUID");
            return caller.ProjectId;
        }

        if (!string.Equals(projectId, caller.ProjectId, StringComparison.OrdinalIgnoreCase))
        {
            throw ScalewayException.PermissionsDenied("write", resource);
        }

        return caller.ProjectId;
    }

    /// <summary>Whether list filters on project and organization leave the caller's own project in view.</summary>
    public static bool CallerInScope(Caller caller, string? projectId, string? organizationId) =>
        (projectId is null || string.Equals(projectId, caller.ProjectId, StringComparison.OrdinalIgnoreCase))
        && (organizationId is null || string.Equals(organizationId, caller.OrganizationId, StringComparison.OrdinalIgnoreCase));
}
