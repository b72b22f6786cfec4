namespace ServerlessJobs.Api;
internal static class Placeholder;
