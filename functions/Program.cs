using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerlessJobs;
using ServerlessJobs.Functions.Durable;
using ServerlessJobs.Functions.Http;
using ServerlessJobs.Orchestration;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

builder.Services.AddServerlessJobs(builder.Configuration);
builder.Services.AddSingleton<DurableClientGateway>();
builder.Services.AddSingleton<IOrchestrationGateway>(sp => sp.GetRequiredService<DurableClientGateway>());
builder.Services.AddSingleton<FunctionsApi>();

builder.Build().Run();
