using BaliTimeline.Corpus.Randomness;

namespace BaliTimeline.Corpus.Writing;

/// <summary>Draws of dates.</summary>
public static class Draw
{
    /// <summary>A day from <paramref name="first"/> to <paramref name="last"/>, both included (the first when the range is empty).</summary>
    public static DateOnly DayBetween(SplitMix64 random, DateOnly first, DateOnly last) =>
        last <= first ? first : DateOnly.FromDayNumber(first.DayNumber + random.Next(last.DayNumber - first.DayNumber + 1));
}
