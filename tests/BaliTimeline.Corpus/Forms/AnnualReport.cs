using System.Globalization;
using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.World;
using BaliTimeline.Corpus.Writing;

namespace BaliTimeline.Corpus.Forms;

/// <summary>
/// The Regional Support Office's annual report: a list of the year's meetings, one line each with its date, title,
/// venue and co-chairs ("18/05/2017 | Second meeting of ... | Bali, Indonesia | co-chaired by Australia and Indonesia"),
/// then a few paragraphs. Dated by the month it was published, the year after.
/// </summary>
public static class AnnualReport
{
    public static string Write(Composition c, int words)
    {
        var (main, r) = (c.Main, c.Random);
        var year = main.Days.Start.Year;
        var layout = new Layout();
        layout.Line("REGIONAL SUPPORT OFFICE OF THE BALI PROCESS");
        layout.Line($"ANNUAL REPORT {N(year)} (EXCERPT)");
        layout.Paragraph($"Published {DateWriting.MonthYear(c.Scene.DocumentDate)}");
        layout.Paragraph("4. SUPPORT TO WORKING GROUPS AND OTHER MECHANISMS");
        layout.Paragraph($"4.1 Meetings supported during {N(year)}");
        var numeric = r.Chance(0.5);
        layout.Paragraph(numeric
            ? "The RSO provided secretariat, logistics or facilitation support to the following meetings (date | meeting | venue | chairs):"
            : $"The RSO supported or attended the following Bali Process meetings between January and December {N(year)}.");

        var gatherings = new List<Gathering> { main };
        c.Claim($"meeting {main.Body.Key} {main.Ordinal}");
        var others = r.Between(2, 5);
        for (var i = 0; i < others; i++)
        {
            var key = r.Weighted(Bodies.Subjects);
            var other = Gatherings.Main(r, key);
            var start = new DateOnly(year, other.Days.Start.Month, Math.Min(other.Days.Start.Day, 28));
            var days = other.Days.End is { } end ? new Days(start, start.AddDays(end.DayNumber - other.Days.Start.DayNumber)) : new Days(start);
            var body = Bodies.Of(key, year);
            if (body.Founded > year || days.Last.Year != year) continue;
            var ordinal = body.Standing ? Math.Max(1, body.OrdinalIn(year)) : (int?)null;
            if (body.Standing && !c.Claim($"meeting {key} {ordinal}")) continue;
            var format = year is >= 2020 and <= 2022 ? (other.Format ?? "virtual") : other.Format;
            var host = format == "virtual" ? null : other.Host;
            gatherings.Add(other with
            {
                CoChairs = Listed(other.CoChairs, r),
                Body = body, Ordinal = ordinal, Days = days, Format = format, Host = host, City = host is null ? null : other.City,
                Title = body.Standing ? Titles.Of(body, ordinal!.Value, r) : other.Title,
            });
        }

        foreach (var g in gatherings.OrderBy(g => g.Days.Start))
        {
            layout.Line(Line(c, g, numeric));
        }
        layout.Blank();

        var middle = Content.Middle(c, words);
        layout.Paragraph("4.2 Highlights");
        foreach (var paragraph in middle) layout.Paragraph(paragraph);
        layout.Paragraph($"4.3 Looking ahead to {N(year + 1)}");
        layout.Paragraph(Filler.NextMeeting(c));
        return layout.ToString();
    }

    private static string Line(Composition c, Gathering g, bool numeric)
    {
        var r = c.Random;
        var place = g.Virtual ? "virtual" : g.Format == "hybrid" ? g.Place + " (hybrid)" : g.Place;
        var coChairs = g.CoChairs.Count > 0 && r.Chance(0.8) ? g.CoChairs.ToArray() : [];
        var pair = coChairs.Length > 0 ? Naming.Pair(coChairs, r) : "";
        string line;
        if (numeric)
        {
            line = $"{DateWriting.NumericRange(g.Days)} | {g.Title} | {place}" + (coChairs.Length > 0 ? $" | co-chaired by {pair}" : "");
        }
        else
        {
            line = $"{When(g.Days)} \u2014 {g.Title}, {place}." + (coChairs.Length > 0 ? $" Co-chaired by {pair}." : "");
        }

        var country = g.Virtual ? null : g.PlaceCountry;
        if (g == c.Main)
        {
            c.StateMain(line);
            if (country is not null) c.StateCountry();
            if (coChairs.Length > 0)
            {
                c.StateCoChairs();
                foreach (var cc in coChairs.Where(_ => g.Body.Standing)) c.Expect(new ExpectedCoChair(g.Body.GoldName, cc.Member.Name, cc.StatedAgency, Days.Iso(g.Days.Start), line));
                if (!g.Body.Standing) c.Note(new OtherFact("EventCoChairs", "co-chairs of a one-off event", Days.Iso(g.Days.Start), line));
            }
            return line;
        }
        var body = g.Body.Standing ? g.Body.GoldName : g.Title.StartsWith("RSO ", StringComparison.Ordinal) ? g.Body.GoldName : "other: " + g.Title;
        c.Expect(new ExpectedMeeting(body, g.Title, g.Ordinal, Days.Iso(g.Days.Start), g.Days.End is { } e ? Days.Iso(e) : null,
            g.City, country, g.Format, null, coChairs.Select(cc => cc.Label).ToArray(), line));
        foreach (var cc in coChairs.Where(_ => g.Body.Standing)) c.Expect(new ExpectedCoChair(g.Body.GoldName, cc.Member.Name, cc.StatedAgency, Days.Iso(g.Days.Start), line));
        if (coChairs.Length > 0 && !g.Body.Standing) c.Note(new OtherFact("EventCoChairs", "co-chairs of a one-off event", Days.Iso(g.Days.Start), line));
        return line;
    }

    /// <summary>"5 March", "18-19 June", "30 November - 2 December": the year is the report's.</summary>
    private static string When(Days days)
    {
        var (start, last) = (days.Start, days.Last);
        if (!days.IsRange) return DateWriting.Day(start, false);
        return start.Month == last.Month
            ? $"{N(start.Day)}-{N(last.Day)} {DateWriting.Month(last)}"
            : $"{DateWriting.Day(start, false)} - {DateWriting.Day(last, false)}";
    }

    /// <summary>An annual report names co-chairs by country, sometimes with the agency: never by official.</summary>
    public static IReadOnlyList<CoChair> Listed(IReadOnlyList<CoChair> coChairs, Randomness.SplitMix64 r) =>
        coChairs.Select(cc => cc with { Style = r.Chance(0.7) ? CoChairStyle.Country : CoChairStyle.CountryAndAgency }).ToArray();

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
