namespace ServerlessJobs.Tests.Infrastructure;

/// <summary>Every test class in this collection shares the run's single Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
