namespace BaliTimeline.Corpus.Randomness;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014), written out here because a corpus must be the same for a seed on every
/// machine and runtime: <see cref="System.Random"/>'s algorithm is an implementation detail that has changed before.
/// Every draw is integer arithmetic (or an exact conversion of it), so nothing depends on the platform.
/// </summary>
public sealed class SplitMix64(ulong state)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state = state;

    /// <summary>
    /// The generator of one document: its stream depends only on the corpus seed and the document's index, so any
    /// document can be made alone, in any order, and adding documents to a corpus never changes the earlier ones.
    /// </summary>
    public static SplitMix64 ForDocument(int seed, int index) =>
        new(Finalise(Finalise((ulong)(long)seed + Gamma) ^ ((ulong)(uint)index * Gamma)));

    public ulong NextUInt64()
    {
        _state += Gamma;
        return Finalise(_state);
    }

    /// <summary>0 to <paramref name="bound"/> - 1. The modulo's bias is below 2^-50 for the small bounds used here.</summary>
    public int Next(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        return (int)(NextUInt64() % (ulong)bound);
    }

    /// <summary><paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    /// <summary>A uniform draw in [0, 1): the top 53 bits, scaled exactly.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>One of the items, each as likely as its weight.</summary>
    public T Weighted<T>(params ReadOnlySpan<(int Weight, T Item)> items)
    {
        var total = 0;
        foreach (var (weight, _) in items) total += weight;
        var draw = Next(total);
        foreach (var (weight, item) in items)
        {
            if (draw < weight) return item;
            draw -= weight;
        }
        throw new InvalidOperationException("unreachable: the draw is below the total weight");
    }

    /// <summary><paramref name="count"/> distinct items in draw order (a partial Fisher-Yates shuffle of a copy).</summary>
    public IReadOnlyList<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToArray();
        count = Math.Min(count, pool.Length);
        for (var i = 0; i < count; i++)
        {
            var j = i + Next(pool.Length - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool[..count];
    }

    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
