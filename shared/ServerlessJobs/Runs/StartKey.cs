using System.Security.Cryptography;
using System.Text;

namespace ServerlessJobs.Runs;

/// <summary>
/// Makes a start repeatable: the same key always yields the same run ids, so a retried cron tick or a redelivered
/// webhook finds the runs it already created and starts nothing new.
/// </summary>
/// <param name="Value">The key, e.g. <c>{trigger_id}:{occurrence}</c> or a webhook delivery id.</param>
/// <param name="Time">The time the ids are ordered by, e.g. the cron occurrence.</param>
public sealed record StartKey(string Value, DateTimeOffset Time)
{
    /// <summary>A version 7 UUID whose time is <see cref="Time"/> and whose other bits come from the key and replica.</summary>
    public Guid RunId(int replica)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Value}/{replica}"));
        var bytes = Guid.CreateVersion7(Time).ToByteArray(bigEndian: true);
        hash.AsSpan(6, 10).CopyTo(bytes.AsSpan(6));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
