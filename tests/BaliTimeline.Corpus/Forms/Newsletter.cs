using System.Globalization;
using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.World;
using BaliTimeline.Corpus.Writing;

namespace BaliTimeline.Corpus.Forms;

/// <summary>
/// A newsletter issue dated by month ("Issue 4 | October 2014"): its lead article gives the meeting's days without the
/// year, which the issue date supplies; recalled meetings carry their own years.
/// </summary>
public static class Newsletter
{
    /// <summary>The lead article's headline: "WG-TIP meets in Bangkok", "Ministers meet in Bali", "Workshop on Document Examination".</summary>
    private static string Lead(Gathering g)
    {
        var where = g.City is { } city ? "in " + city : "online";
        if (!g.Body.Standing) return Naming.Capitalise(Titles.EventNoun(g.Title)) + " on " + g.Title[(g.Title.IndexOf(" on ", StringComparison.Ordinal) + 4)..];
        return g.Body.Key is BodyKey.MinisterialConference or BodyKey.BusinessForum ? $"Ministers meet {where}" : $"{g.Body.Acronym ?? g.Body.Name} meets {where}";
    }

    public static string Write(Composition c, int words)
    {
        var (g, r) = (c.Main, c.Random);
        var layout = new Layout();
        if (g.Body.Key == BodyKey.TraffickingWorkingGroup)
        {
            layout.Line("BALI PROCESS WORKING GROUP ON TRAFFICKING IN PERSONS - NEWSLETTER");
        }
        else
        {
            layout.Line("RSO HIGHLIGHTS");
            layout.Line("Newsletter of the Regional Support Office of the Bali Process");
        }
        var issue = r.Between(1, 24).ToString(CultureInfo.InvariantCulture);
        layout.Paragraph($"Issue {issue} | {DateWriting.MonthYear(c.Scene.DocumentDate)}");
        var lead = Lead(g);
        layout.Paragraph($"In this issue: {lead} * Updates from members * Dates for your diary");
        layout.Paragraph(lead.ToUpperInvariant());

        var opening = MeetingSentences.Main(c, withYear: false, withCoChairs: r.Chance(0.4));
        if (!c.CoChairsStated && g.CoChairs.Count > 0) opening += " " + CoChairSentences.Main(c);
        layout.Paragraph(opening);
        if (r.Chance(0.5)) layout.Paragraph(Filler.Attendance(c));

        var middle = Content.Middle(c, words);
        var headingAt = middle.Count > 2 ? r.Between(1, middle.Count - 1) : -1;
        for (var i = 0; i < middle.Count; i++)
        {
            if (i == headingAt) layout.Paragraph(r.Pick(new[] { "ALSO AT THE MEETING", "NEWS FROM MEMBERS", "PROGRESS ON THE WORK PLAN", "IN BRIEF" }));
            layout.Paragraph(middle[i]);
        }
        layout.Paragraph("DATES FOR YOUR DIARY");
        layout.Paragraph(Filler.NextMeeting(c) + " Contributions for the next issue of this newsletter are welcome.");
        return layout.ToString();
    }
}
