using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Writing;

namespace BaliTimeline.Corpus.Forms;

/// <summary>
/// An outcomes record: the body in capitals, a title line with place and date ("..., Bangkok, Thailand, 02/02/2016 —
/// Outcomes"), Co-Chairs and Attendance lines, then bulleted and numbered outcomes.
/// </summary>
public static class OutcomesRecord
{
    public static string Write(Composition c, int words)
    {
        var (g, r) = (c.Main, c.Random);
        var layout = new Layout();
        layout.Paragraph(g.Body.Standing ? "BALI PROCESS " + g.Body.Name.Replace("Bali Process ", "", StringComparison.Ordinal).ToUpperInvariant() : "REGIONAL SUPPORT OFFICE OF THE BALI PROCESS");
        var where = g.Virtual ? "held virtually" : g.Place;
        if (!g.Virtual && g.PlaceCountry is not null) c.StateCountry();
        var when = r.Chance(0.5) ? DateWriting.NumericRange(g.Days) : DateWriting.Bare(g.Days, r);
        var titleLine = r.Chance(0.6) ? $"{g.Title}, {where}, {when} \u2014 Outcomes" : $"{g.Title}\n{where} | {when}";
        layout.Paragraph(titleLine);
        c.StateMain(titleLine);

        if (g.CoChairs.Count > 0)
        {
            var line = $"Co-Chairs: {CoChairSentences.HeaderValue(c)}";
            layout.Line(line);
            CoChairSentences.Register(c, line);
        }
        layout.Paragraph("Attendance: " + Filler.Attendance(c));

        layout.Paragraph("Purpose");
        layout.Paragraph($"To take stock of work since the last meeting and agree priorities for the year ahead. {Filler.Background(c)}");
        layout.Paragraph(r.Chance(0.5) ? "Outcomes" : "Agreed outcomes");
        var bullet = r.Pick(new[] { "\u2022 ", "- ", "* " });
        var number = 1;
        foreach (var paragraph in Content.Middle(c, words))
        {
            layout.Paragraph(r.Chance(0.7) ? bullet + paragraph : $"{number++}) {paragraph}");
        }
        layout.Paragraph($"{number}) {Filler.NextMeeting(c)}");
        if (r.Chance(0.5)) layout.Paragraph(bullet + Filler.Thanks(c));
        return layout.ToString();
    }
}
