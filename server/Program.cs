using ServerlessJobs.Server;

ServerApp.Build(args).Run();
