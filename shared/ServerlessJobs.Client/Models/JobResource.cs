namespace ServerlessJobs.Client.Models;

/// <summary>A resource size a job can ask for: vCPU in thousandths and memory in bytes.</summary>
public sealed record JobResource(uint ComputeLimitMvcpu, ulong MemoryLimitBytes);
