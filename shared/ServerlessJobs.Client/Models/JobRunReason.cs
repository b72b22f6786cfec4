namespace ServerlessJobs.Client.Models;

/// <summary>Why a job run ended the way it did, as Scaleway names it.</summary>
public enum JobRunReason
{
    UnknownReason,
    InvalidRequest,
    Timeout,
    Cancellation,
    TechnicalError,
    ImageNotFound,
    InvalidImage,
    MemoryUsageExceeded,
    StorageUsageExceeded,
    ExitedWithError,
    SecretDisabled,
    SecretNotFound,
    QuotaExceeded,
    ApplicationNotStarted,
}
