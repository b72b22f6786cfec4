using System.Reflection;
using System.Text.Json;
using Refit;

namespace ServerlessJobs.Client;

/// <summary>Formats query values as Scaleway expects them: enums in snake_case (<c>created_at_desc</c>).</summary>
internal sealed class ScalewayUrlParameterFormatter : IUrlParameterFormatter
{
    private readonly DefaultUrlParameterFormatter _default = new();

    public string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) =>
        value is Enum
            ? JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()!)
            : _default.Format(value, attributeProvider, type);
}
