using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Definitions;

/// <summary>
/// Something that must agree to, or clean up after, a definition's deletion: runs refuse it while one is active,
/// triggers are removed with it. Throwing a <see cref="Api.ScalewayException"/> refuses the deletion.
/// </summary>
public interface IJobDefinitionDeletionGuard
{
    /// <summary>Runs before the definition is deleted.</summary>
    Task BeforeDeleteAsync(JobDefinition definition, CancellationToken cancellationToken);
}
