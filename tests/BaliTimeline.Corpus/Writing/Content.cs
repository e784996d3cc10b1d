using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// The body of a document between its opening and its close: the facts beyond the main meeting (meetings recalled,
/// guides, a work plan, co-chairs of other bodies, a change of co-chair), the genre's traps, and discussion until the
/// document reaches its length. The mix is tuned so a document states about five facts on average.
/// </summary>
public static class Content
{
    public static List<string> Middle(Composition c, int words)
    {
        var r = c.Random;
        var main = c.Main;
        var recalled = new List<string>();
        var pastCount = r.Weighted((35, 0), (45, 1), (20, 2));
        for (var i = 0; i < pastCount; i++)
        {
            if (Gatherings.Earlier(c) is { } past) recalled.Add(MeetingSentences.Recalled(c, past));
        }
        if (r.Chance(0.2) && Gatherings.EarlierEvent(c) is { } earlierEvent) recalled.Add(MeetingSentences.RecalledEvent(c, earlierEvent));
        if (main.Body.Key == BodyKey.DisruptionWorkingGroup && main.Days.Start.Year >= 2017 && r.Chance(0.4))
        {
            var end = main.Days.Start.AddDays(-r.Between(30, 120));
            var start = end.AddDays(-r.Between(30, 90));
            recalled.Add(MeetingSentences.JointPeriodOfAction(c, Math.Max(1, start.Year - 2014), new Calendar.Days(start, end)));
        }

        var items = new List<string>();
        var guides = r.Weighted((50, 0), (38, 1), (12, 2));
        for (var i = 0; i < guides; i++) items.Add(GuideSentences.Any(c));
        if (r.Chance(0.5)) items.Add(WorkPlanSentences.Any(c));
        if (r.Chance(0.12)) items.Add(CoChairSentences.Handover(c));
        if (r.Chance(0.15)) items.Add(CoChairSentences.OtherBody(c));
        if (r.Chance(0.2)) items.Add(Filler.NotAProduct(c));
        if (r.Chance(0.25)) items.Add(GuideSentences.Commissioned(c));
        if (r.Chance(0.2)) items.Add(Filler.Postponed(c));
        if (main.Body.Key == BodyKey.BusinessForum && r.Chance(0.6)) items.Add(CoChairSentences.BusinessCoChairs(c));
        if (r.Chance(0.5)) items.Add(Filler.Concern(c));
        items.RemoveAll(s => s.Length == 0);
        Shuffle(c, items);

        var paragraphs = new List<string>();
        paragraphs.AddRange(recalled);
        paragraphs.AddRange(items);
        var count = paragraphs.Sum(Words);
        while (count < words)
        {
            var paragraph = Filler.Any(c);
            paragraphs.Insert(r.Between(Math.Min(1, paragraphs.Count), paragraphs.Count), paragraph);
            count += Words(paragraph);
        }
        return paragraphs;
    }

    public static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static void Shuffle(Composition c, List<string> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = c.Random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
