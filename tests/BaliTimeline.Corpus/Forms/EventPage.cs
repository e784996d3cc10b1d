using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Writing;

namespace BaliTimeline.Corpus.Forms;

/// <summary>
/// A web event page as scraped: the title, "Location: Bangkok, ThailandDate: 16 November 2016" (the two fields run
/// together), an image's caption, then prose under a subheading or two.
/// </summary>
public static class EventPage
{
    private static readonly string[] Subheadings = ["Key outcomes", "Outcomes", "Discussion", "Next steps", "Background", "Highlights"];

    public static string Write(Composition c, int words)
    {
        var (g, r) = (c.Main, c.Random);
        var layout = new Layout();
        layout.Paragraph(g.Title);
        var location = g.Virtual ? "Online" : g.Place;
        if (!g.Virtual && g.PlaceCountry is not null) c.StateCountry();
        layout.Line($"Location: {location}Date: {DateWriting.Bare(g.Days, r, padded: r.Chance(0.4))}");
        layout.Paragraph($"{Slug(g.Title)} Image");

        var opening = MeetingSentences.Main(c, withCoChairs: r.Chance(0.5));
        if (!c.CoChairsStated && g.CoChairs.Count > 0 && r.Chance(0.9)) opening += " " + CoChairSentences.Main(c);
        if (r.Chance(0.6)) opening += " " + Filler.Attendance(c);
        layout.Paragraph(opening);

        var middle = Content.Middle(c, words);
        var headingAt = middle.Count > 3 ? r.Between(1, middle.Count - 1) : -1;
        var headings = r.Sample(Subheadings, 2);
        for (var i = 0; i < middle.Count; i++)
        {
            if (i == headingAt) layout.Paragraph(headings[0]);
            layout.Paragraph(middle[i]);
        }
        if (r.Chance(0.7))
        {
            layout.Paragraph(headings[1]);
            layout.Paragraph(Filler.NextMeeting(c));
        }
        if (r.Chance(0.5)) layout.Paragraph(Filler.Thanks(c));
        return layout.ToString();
    }

    /// <summary>An image's file name as a caption: "wgtip-fifth-annual-meeting".</summary>
    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ').Where(w => w is not ("of" or "the" or "on" or "and" or "bali" or "process")).Take(4))
            .Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
}
