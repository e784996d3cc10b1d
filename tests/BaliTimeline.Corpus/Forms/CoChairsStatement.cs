using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Writing;

namespace BaliTimeline.Corpus.Forms;

/// <summary>
/// BALI PROCESS ... / the meeting's title in capitals / "BANGKOK, 19 JUNE 2019" / CO-CHAIRS' STATEMENT, then numbered
/// paragraphs: the meeting and its co-chairs, attendance, the substance, the next meeting, thanks.
/// </summary>
public static class CoChairsStatement
{
    public static string Write(Composition c, int words)
    {
        var (g, r) = (c.Main, c.Random);
        var layout = new Layout();
        layout.Paragraph("BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN PERSONS AND RELATED TRANSNATIONAL CRIME");
        var split = g.Title.IndexOf(" of the ", StringComparison.Ordinal);
        if (split > 0 && r.Chance(0.5))
        {
            layout.Line(g.Title[(split + " of the ".Length)..].ToUpperInvariant());
            layout.Paragraph(g.Title[..split].ToUpperInvariant());
        }
        else
        {
            layout.Paragraph(g.Title.ToUpperInvariant());
        }
        // A meeting held online has no place in its dateline, only its date.
        var date = DateWriting.Bare(g.Days, r).ToUpperInvariant();
        layout.Paragraph(g.Virtual ? date : $"{g.City!.ToUpperInvariant()}, {date}");
        layout.Paragraph(r.Weighted((4, "CO-CHAIRS' STATEMENT"), (2, "CO-CHAIRS\u2019 STATEMENT"), (2, "CO-CHAIRS' SUMMARY"), (1, "CHAIRS' SUMMARY")));

        var number = 1;
        var opening = MeetingSentences.Main(c, withYear: r.Chance(0.7), withCoChairs: r.Chance(0.35));
        if (!c.CoChairsStated && g.CoChairs.Count > 0) opening += " " + CoChairSentences.Main(c);
        layout.Numbered(number++, opening);
        layout.Numbered(number++, Filler.Attendance(c));
        if (r.Chance(0.3)) layout.Numbered(number++, Filler.Background(c));
        foreach (var paragraph in Content.Middle(c, words)) layout.Numbered(number++, paragraph);
        if (r.Chance(0.8)) layout.Numbered(number++, Filler.NextMeeting(c));
        layout.Numbered(number, Filler.Thanks(c));
        return layout.ToString();
    }
}
