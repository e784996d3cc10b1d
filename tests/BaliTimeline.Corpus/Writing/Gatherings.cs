using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Randomness;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// Makes the meetings documents report: a document's own meeting, and the earlier meetings it recalls. Each
/// document is consistent in itself (a recalled meeting comes before the document, a body's number fits its year);
/// documents are not consistent with each other, as a benchmark needs variety more than one history.
/// </summary>
public static class Gatherings
{
    public const int FirstYear = 2003;
    public const int LastYear = 2026;

    public static Gathering Main(SplitMix64 r, BodyKey key)
    {
        var year = r.Between(Math.Max(FirstYear, Bodies.Of(key, LastYear).Founded), LastYear);
        var body = Bodies.Of(key, year);
        var start = Draw.DayBetween(r, new DateOnly(year, 1, 12), new DateOnly(year, 12, 12));
        var length = key is BodyKey.MinisterialConference ? r.Weighted((3, 1), (2, 2)) : r.Weighted((5, 1), (4, 2), (2, 3));
        var days = length == 1 ? new Days(start) : new Days(start, start.AddDays(length - 1));
        var format = Format(r, year, key);
        var host = key is BodyKey.MinisterialConference or BodyKey.BusinessForum
            ? r.Weighted((3, Members.Indonesia), (2, Members.Australia))
            : r.Weighted(Members.Hosts);
        var virtualMeeting = format == "virtual";
        var ordinal = body.Standing ? Math.Max(1, body.OrdinalIn(year)) : (int?)null;
        var title = body.Standing ? Titles.Of(body, ordinal!.Value, r) : Titles.Event(r);
        int? participants = r.Chance(0.5) ? key is BodyKey.MinisterialConference ? r.Between(150, 320) : r.Between(18, 140) : null;
        IReadOnlyList<CoChair> coChairs = body.Standing ? CoChairChoice.For(body, r)
            : r.Chance(0.3) ? CoChairChoice.For(body, r).Select(cc => cc with { Style = r.Chance(0.5) ? CoChairStyle.Country : CoChairStyle.Agency }).ToArray()
            : [];
        return new Gathering(body, ordinal, title, days, virtualMeeting ? null : host, virtualMeeting ? null : r.Pick(host.Cities),
            format, participants, coChairs);
    }

    /// <summary>Mostly in person; online through the pandemic years; hybrid since.</summary>
    private static string? Format(SplitMix64 r, int year, BodyKey key)
    {
        if (key is BodyKey.MinisterialConference or BodyKey.BusinessForum) return null;
        return year switch
        {
            >= 2020 and <= 2022 => r.Weighted((5, "virtual"), (1, "hybrid"), (2, (string?)null)),
            >= 2023 => r.Weighted((1, "virtual"), (2, "hybrid"), (8, (string?)null)),
            _ => r.Weighted((1, "virtual"), (14, (string?)null)),
        };
    }

    private static readonly (int Weight, BodyKey Key)[] Recallable =
    [
        (5, BodyKey.MinisterialConference), (5, BodyKey.AdHocGroup), (2, BodyKey.SteeringGroup), (3, BodyKey.TraffickingWorkingGroup),
        (2, BodyKey.DisruptionWorkingGroup), (2, BodyKey.ReturnsExpertsGroup), (2, BodyKey.TaskForce), (2, BodyKey.BusinessForum),
    ];

    /// <summary>An earlier meeting of another standing body, before the document's date; null when none fits.</summary>
    public static Gathering? Earlier(Composition c)
    {
        var r = c.Random;
        var key = r.Weighted(Recallable);
        if (key == c.Main.Body.Key) return null;
        var before = c.Main.Days.Start.AddDays(-20);
        var founded = Bodies.Of(key, LastYear).Founded;
        if (before.Year < founded) return null;
        var year = r.Between(Math.Max(founded, before.Year - 6), before.Year);
        var body = Bodies.Of(key, year);
        var start = Draw.DayBetween(r, new DateOnly(year, 1, 12), year == before.Year ? before : new DateOnly(year, 12, 12));
        var ordinal = Math.Max(1, body.OrdinalIn(year));
        if (!c.Claim($"meeting {key} {ordinal}")) return null;
        var length = r.Weighted((5, 1), (3, 2));
        var host = key is BodyKey.MinisterialConference or BodyKey.BusinessForum ? r.Weighted((3, Members.Indonesia), (2, Members.Australia)) : r.Weighted(Members.Hosts);
        var days = length == 1 || start.AddDays(1) > before ? new Days(start) : new Days(start, start.AddDays(1));
        return new Gathering(body, ordinal, Titles.Of(body, ordinal, r), days, host, r.Pick(host.Cities), null, null, []);
    }

    /// <summary>An earlier workshop or dialogue, hosted by a member.</summary>
    public static Gathering? EarlierEvent(Composition c)
    {
        var r = c.Random;
        var before = c.Main.Days.Start.AddDays(-10);
        var start = Draw.DayBetween(r, before.AddYears(-2), before);
        var title = Titles.Event(r);
        if (!c.Claim("event " + title)) return null;
        var host = r.Weighted(Members.Hosts);
        var days = r.Chance(0.5) && start.AddDays(1) <= before ? new Days(start, start.AddDays(1)) : new Days(start);
        return new Gathering(Bodies.RegionalSupportOffice, null, title, days, host, r.Pick(host.Cities), null, null, []);
    }
}
