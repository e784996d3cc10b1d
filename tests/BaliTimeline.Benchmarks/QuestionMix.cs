using System.Globalization;
using BaliTimeline.Corpus.Randomness;
using BaliTimeline.Extraction.Names;

namespace BaliTimeline.Benchmarks;

/// <summary>The four point-in-time questions the benchmark asks.</summary>
internal enum QuestionKind { CoChairs, Endorsed, WorkPlans, Meetings }

/// <summary>One question: its kind, the HTTP path and query that ask it, and the body and as-of day it names, if any.</summary>
internal sealed record Question(QuestionKind Kind, string PathAndQuery, string? Body = null, DateOnly? AsOf = null);

/// <summary>
/// A deterministic mix of questions, one kind as likely as another, with bodies and days drawn from a seeded
/// generator (the corpus's own SplitMix64, so the same seed asks the same questions on any machine). Days and years
/// span the generated corpus's years, so answers range from empty to full.
/// </summary>
internal static class QuestionMix
{
    private static readonly DateOnly First = new(2003, 1, 1);
    private static readonly DateOnly Last = new(2026, 12, 31);

    public static IReadOnlyList<Question> Draw(ulong seed, int count)
    {
        var random = new SplitMix64(seed);
        var bodies = BodyNames.Table.Entries.Select(e => e.Canonical).ToArray();
        var questions = new Question[count];
        for (var i = 0; i < count; i++)
        {
            var asOf = First.AddDays(random.Next(Last.DayNumber - First.DayNumber + 1));
            var day = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var kind = (QuestionKind)random.Next(4);
            questions[i] = kind switch
            {
                QuestionKind.CoChairs => CoChairs(random.Pick(bodies), asOf, day),
                QuestionKind.Endorsed => new(kind, $"/api/guides/endorsed?asOf={day}", AsOf: asOf),
                QuestionKind.WorkPlans => new(kind, $"/api/work-plans?asOf={day}", AsOf: asOf),
                _ => new(kind, $"/api/meetings?from={day[..4]}&to={day[..4]}", AsOf: asOf),
            };
        }
        return questions;
    }

    private static Question CoChairs(string body, DateOnly asOf, string day) =>
        new(QuestionKind.CoChairs, $"/api/bodies/{Uri.EscapeDataString(body)}/co-chairs?asOf={day}", body, asOf);
}
