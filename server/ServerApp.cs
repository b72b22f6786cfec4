using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Runs;
using ServerlessJobs.Server.Durable;
using ServerlessJobs.Server.Scheduling;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Server;

/// <summary>
/// The self-host: the whole API and engine in one ASP.NET Core process, listening on <c>http://127.0.0.1:7071</c>
/// unless <c>Urls</c> says otherwise. Tests build it in process with their own configuration.
/// </summary>
public static class ServerApp
{
    /// <summary>The address the self-host listens on by default, the same as <c>func start</c>.</summary>
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <summary>Builds the self-host from command-line arguments and, for tests, extra configuration.</summary>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? overrides = null)
    {
        // Settings files sit beside the binaries, whatever folder the host is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        if (!StorageConnection.IsConfigured(builder.Configuration))
        {
            // Azurite unless a connection string or an identity-based account is configured; a default in
            // appsettings.json would shadow AzureWebJobsStorage__accountName, as a connection string always wins.
            builder.Configuration.AddInMemoryCollection(
                [new(StorageConnection.SettingName, StorageConnection.DevelopmentStorage)]);
        }

        if (string.IsNullOrEmpty(builder.Configuration["Urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddServerlessJobs(builder.Configuration);
        builder.Services.AddHostedService(services => services.GetRequiredService<LostAttemptRecovery>());
        builder.Services.AddDurableTaskFramework(builder.Configuration);
        builder.Services.AddCronTicker();
        builder.Services.PostConfigure<DurableTaskFrameworkOptions>(options =>
        {
            options.StorageConnectionString = StorageConnection.ConnectionString(builder.Configuration) ?? "";
            options.StorageIdentity = options.StorageConnectionString.Length == 0
                ? StorageConnection.IdentitySettings(builder.Configuration)
                : null;
        });

        var app = builder.Build();
        MapApi(app);
        return app;
    }

    private static void MapApi(WebApplication app)
    {
        foreach (var route in ApiRoutes.All)
        {
            app.MapMethods("/" + route.Template, [route.Method], (HttpContext http, ApiDispatcher dispatcher) =>
                dispatcher.DispatchAsync(route, http, RouteValues(http)));
        }

        app.MapFallback(() => ApiDispatcher.Json(
            new ScalewayErrorBody { Type = "not_found", Message = "no such endpoint" }, StatusCodes.Status404NotFound));
    }

    private static Dictionary<string, string> RouteValues(HttpContext http) =>
        http.Request.RouteValues.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.OrdinalIgnoreCase);
}
