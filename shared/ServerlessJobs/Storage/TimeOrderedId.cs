namespace ServerlessJobs.Storage;

/// <summary>
/// Version 7 UUIDs that increase in the order this process makes them, even several in one millisecond: stores
/// list documents by name, so ids made one after another must sort one after another.
/// </summary>
/// <remarks>
/// <see cref="Guid.CreateVersion7(DateTimeOffset)"/> fills the bits after the millisecond at random, so two ids of
/// one millisecond sort either way. Here those 12 bits (<c>rand_a</c>) count up within a millisecond, as RFC 9562
/// §6.2 method 1 describes; a full counter, or a clock that went back, borrows the next millisecond. Ids made by
/// different processes in one millisecond still sort either way.
/// </remarks>
public sealed class TimeOrderedId
{
    private const int CounterLimit = 1 << 12;
    private readonly Lock _gate = new();
    private long _millisecond;
    private int _counter;

    /// <summary>The generator the engine's stores name documents with.</summary>
    public static TimeOrderedId Shared { get; } = new();

    /// <summary>The next id, stamped with <paramref name="now"/>, or just after the last id to stay in order.</summary>
    public Guid Next(DateTimeOffset now)
    {
        long millisecond;
        int counter;
        lock (_gate)
        {
            var requested = now.ToUnixTimeMilliseconds();
            if (requested > _millisecond)
            {
                // A random start in the lower half keeps ids unguessable and leaves room to count up.
                (_millisecond, _counter) = (requested, Random.Shared.Next(CounterLimit / 2));
            }
            else if (++_counter == CounterLimit)
            {
                (_millisecond, _counter) = (_millisecond + 1, 0);
            }

            (millisecond, counter) = (_millisecond, _counter);
        }

        var stamp = DateTimeOffset.FromUnixTimeMilliseconds(millisecond);
        var bytes = Guid.CreateVersion7(stamp).ToByteArray(bigEndian: true);
        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        return new Guid(bytes, bigEndian: true);
    }
}
