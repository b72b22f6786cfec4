namespace ServerlessJobs.V1Alpha1.Models;

/// <summary>A resource size in v1alpha1's units: vCPU in thousandths and memory in MiB, as definitions use.</summary>
public sealed record Resource(uint CpuLimit, uint MemoryLimit);
