using System.Globalization;
using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.World;
using BaliTimeline.Corpus.Writing;

namespace BaliTimeline.Corpus.Forms;

/// <summary>
/// A markdown meeting report: a field block (**Dates:**, **Venue:** or **Format:**, **Co-Chairs:**, **Attendance:**,
/// **Report issued:**), then numbered sections. The field block alone may be all the text says of the meeting.
/// </summary>
public static class MeetingReport
{
    private static readonly string[] Sections = ["Updates from members", "Regional trends", "Cooperation and capacity building", "Thematic session", "Work of the Regional Support Office", "Discussion"];

    public static string Write(Composition c, int words)
    {
        var (g, r) = (c.Main, c.Random);
        var layout = new Layout();
        layout.Paragraph("# " + (g.Body.Standing ? "Bali Process " + g.Body.Name.Replace("Bali Process ", "", StringComparison.Ordinal) : "Regional Support Office of the Bali Process"));
        layout.Paragraph(r.Chance(0.5) ? $"## {g.Title}: Meeting report" : $"## Meeting summary \u2013 {g.Title}");

        var dates = $"**Dates:** {DateWriting.Bare(g.Days, r)}";
        layout.Line(dates + "  ");
        if (g.Virtual) layout.Line("**Format:** held virtually, by videoconference  ");
        else
        {
            layout.Line($"**Venue:** {g.Place}  ");
            if (g.PlaceCountry is not null) c.StateCountry();
            if (g.Format == "hybrid") layout.Line("**Format:** Hybrid (in person, with a virtual link for delegations unable to travel)  ");
            else if (r.Chance(0.3))
            {
                layout.Line("**Format:** In person  ");
                c.StateInPerson();
            }
        }
        if (g.CoChairs.Count > 0 && r.Chance(0.8))
        {
            var line = $"**Co-Chairs:** {CoChairSentences.HeaderValue(c)}";
            layout.Line(line + "  ");
            CoChairSentences.Register(c, line);
        }
        if (g.Participants is { } n && r.Chance(0.7))
        {
            layout.Line($"**Attendance:** {n.ToString(CultureInfo.InvariantCulture)} participants from Bali Process member states and organisations  ");
            c.StateHeadCount();
        }
        layout.Paragraph($"**Report issued:** {DateWriting.Day(c.Scene.DocumentDate)}");
        layout.Paragraph("---");

        var section = 1;
        layout.Paragraph($"### {section++}. Opening");
        var opening = r.Chance(0.5) ? MeetingSentences.Main(c) + " " : "";
        if (!c.MainStated) c.StateMain(dates);
        if (!c.CoChairsStated && g.CoChairs.Count > 0) opening += CoChairSentences.Main(c) + " ";
        opening += r.Chance(0.5) ? "The Co-Chairs welcomed members and set out the aims of the meeting." : Filler.Attendance(c);
        layout.Paragraph(opening);

        var middle = Content.Middle(c, words);
        var perSection = Math.Max(1, middle.Count / 3);
        var headings = r.Sample(Sections, Sections.Length);
        var heading = 0;
        for (var i = 0; i < middle.Count; i++)
        {
            if (i % perSection == 0) layout.Paragraph($"### {section++}. {headings[heading++ % headings.Count]}");
            layout.Paragraph(r.Chance(0.4) ? "- " + middle[i] : middle[i]);
        }
        layout.Paragraph($"### {section++}. Looking ahead");
        layout.Paragraph("- " + Filler.NextMeeting(c));
        layout.Paragraph($"### {section}. Close");
        layout.Paragraph(Filler.Thanks(c));
        return layout.ToString();
    }
}
