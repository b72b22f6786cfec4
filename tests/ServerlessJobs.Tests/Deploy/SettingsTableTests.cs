using System.Collections;
using System.Reflection;
using ServerlessJobs.Api;
using ServerlessJobs.Server.Durable;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Deploy;

/// <summary>
/// The settings table in docs/deploy.md (or README.md once merged) names every option either host binds, as the
/// app setting a user types: every options class with a <c>Section</c> constant, found by reflection.
/// </summary>
public sealed class SettingsTableTests
{
    // Set from AzureWebJobsStorage by the self-host, not bound from the DurableTask section.
    private static readonly string[] NotBound =
    [
        $"DurableTask__{nameof(DurableTaskFrameworkOptions.StorageConnectionString)}",
        $"DurableTask__{nameof(DurableTaskFrameworkOptions.StorageIdentity)}",
    ];

    public static TheoryData<string> OptionSettings()
    {
        var assemblies = new[] { typeof(RegionOptions).Assembly, typeof(DurableTaskFrameworkOptions).Assembly };
        var names = assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && SectionOf(t) is not null)
            .SelectMany(t => SettingNames(t, SectionOf(t)!.Replace(":", "__", StringComparison.Ordinal)))
            .Except(NotBound)
            .Order();
        return new TheoryData<string>(names);
    }

    [Theory]
    [MemberData(nameof(OptionSettings))]
    public void SettingsTable_NamesTheOption(string setting)
    {
        var table = Documentation();

        Assert.True(table.Contains($"`{setting}`", StringComparison.Ordinal), $"Add `{setting}` to the table.");
    }

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("AzureWebJobsStorage__blobServiceUri")]
    [InlineData("AzureWebJobsStorage__queueServiceUri")]
    [InlineData("AzureWebJobsStorage__tableServiceUri")]
    [InlineData("AzureWebJobsStorage__credential")]
    [InlineData("AzureWebJobsStorage__clientId")]
    public void SettingsTable_NamesEveryStorageConnectionForm(string setting)
    {
        var table = Documentation();

        Assert.True(table.Contains($"`{setting}`", StringComparison.Ordinal), $"Add `{setting}` to the table.");
    }

    private static string? SectionOf(Type type) =>
        new[] { "Section", "SectionName" }
            .Select(name => type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue())
            .OfType<string>()
            .FirstOrDefault();

    // Scalars are Section__Name; a list of objects is Section__Name__0__Field; RegionOptions binds its section as a
    // list (Regions__0).
    private static IEnumerable<string> SettingNames(Type type, string section)
    {
        if (type == typeof(RegionOptions))
        {
            return [section + "__0"];
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod?.IsPublic == true)
            .SelectMany(p => ListItemType(p.PropertyType) is { } item
                ? SettingNames(item, $"{section}__{p.Name}__0")
                : [$"{section}__{p.Name}"]);
    }

    private static Type? ListItemType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType
            && type.GetGenericArguments()[0] is { IsClass: true } item && item != typeof(string)
            ? item
            : null;

    private static string Documentation() =>
        string.Concat(new[] { "docs/deploy.md", "README.md" }
            .Select(f => Path.Combine(RepositoryRoot.Path, f))
            .Where(File.Exists)
            .Select(File.ReadAllText));
}
