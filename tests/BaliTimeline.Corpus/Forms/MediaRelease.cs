using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.World;
using BaliTimeline.Corpus.Writing;

namespace BaliTimeline.Corpus.Forms;

/// <summary>
/// A ministry's media release, issued on the meeting's last day: issuer, dateline, headline, prose that may say
/// "today" and "yesterday", a quoted official, and the media contact.
/// </summary>
public static class MediaRelease
{
    private static readonly (string Issuer, string Contact)[] Issuers =
    [
        ("Ministry of Foreign Affairs of the Republic of Indonesia", "Directorate of Information and Media, Ministry of Foreign Affairs"),
        ("Department of Foreign Affairs and Trade", "DFAT Media Liaison"),
        ("Australian Border Force", "ABF National Media Team"),
        ("Department of Home Affairs", "Home Affairs Media Operations"),
        ("Regional Support Office of the Bali Process", "RSO Communications"),
    ];

    public static string Write(Composition c, int words)
    {
        var (g, r) = (c.Main, c.Random);
        var (issuer, contact) = r.Pick(Issuers);
        var layout = new Layout();
        layout.Line("Media release");
        layout.Paragraph(issuer);
        var dateline = DateWriting.Day(c.Scene.DocumentDate);
        layout.Paragraph(!g.Virtual && r.Chance(0.5) ? $"{g.City}, {dateline}" : dateline);
        layout.Paragraph(Headline(c));

        var opening = MeetingSentences.Main(c, withCoChairs: r.Chance(0.4), today: r.Chance(0.4));
        layout.Paragraph(opening);
        if (!c.CoChairsStated && g.CoChairs.Count > 0) layout.Paragraph(CoChairSentences.Main(c));
        if (g.Body.Key == BodyKey.MinisterialConference && !g.Days.IsRange && r.Chance(0.5)) layout.Paragraph(Yesterday(c));
        if (g.Body.Key != BodyKey.AdHocGroup && g.Days.Start.Year >= Bodies.AdHocGroup.Founded && r.Chance(0.25)) layout.Paragraph(LastMonth(c));
        if (r.Chance(0.5)) layout.Paragraph(Filler.Attendance(c));
        foreach (var paragraph in Content.Middle(c, words)) layout.Paragraph(paragraph);
        layout.Paragraph(Quoted(c));
        if (r.Chance(0.6)) layout.Paragraph(Filler.NextMeeting(c));
        layout.Paragraph(Filler.Background(c));
        layout.Line("Media enquiries");
        layout.Line(contact);
        return layout.ToString();
    }

    private static string Headline(Composition c)
    {
        var r = c.Random;
        var issue = r.Pick(Topics.Issues);
        var where = c.Main.City ?? "online";
        return r.Weighted(
            (2, $"Bali Process partners agree practical steps on {issue}"),
            (2, $"Regional officials meet in {where} to strengthen cooperation against people smuggling and trafficking"),
            (1, $"Governments step up joint work on {issue}"));
    }

    /// <summary>The senior officials' meeting that prepared a conference, the day before: a meeting held, with its co-chairs.</summary>
    private static string Yesterday(Composition c)
    {
        var day = c.Main.Days.Start.AddDays(-1);
        var quote = "senior officials met under the co-chairmanship of Indonesia and Australia";
        c.Expect(new ExpectedMeeting(Bodies.SeniorOfficialsMeeting.GoldName, "Senior Officials' Meeting preparing the Conference", null,
            Days.Iso(day), null, null, null, null, null, ["Indonesia", "Australia"], $"Yesterday, {quote} to prepare today's Conference."));
        foreach (var member in new[] { Members.Indonesia, Members.Australia })
        {
            c.Expect(new ExpectedCoChair(Bodies.SeniorOfficialsMeeting.GoldName, member.Name, null, Days.Iso(day), quote));
        }
        return $"Yesterday, {quote} to prepare today's Conference.";
    }

    /// <summary>The Ad Hoc Group's officials met "last month": a meeting held, known to the month before the release.</summary>
    private static string LastMonth(Composition c)
    {
        var r = c.Random;
        var month = c.Scene.DocumentDate.AddMonths(-1);
        var city = r.Pick(r.Weighted(Members.Hosts).Cities);
        var quote = $"the Ad Hoc Group, whose senior officials met in {city} last month";
        c.Expect(new ExpectedMeeting(Bodies.AdHocGroup.GoldName, $"Ad Hoc Group senior officials' meeting in {city}", null,
            Days.IsoMonth(month), null, city, null, null, null, [], quote));
        return $"The work drew on recommendations from {quote}.";
    }

    private static string Quoted(Composition c)
    {
        var r = c.Random;
        var said = r.Pick(new[]
        {
            "No country can tackle these crimes on its own, and this meeting showed what we can achieve when we act together.",
            "Criminal networks move quickly across borders, and our cooperation has to move just as quickly.",
            "Behind every case we discussed is a person who deserves protection and a chance to rebuild their life.",
        });
        var speaker = c.Main.CoChairs.FirstOrDefault(cc => cc.Person is not null);
        return speaker is null
            ? $"\u201c{said}\u201d a spokesperson said."
            : $"\u201c{said}\u201d said {speaker.Person}, {speaker.Member.Adjective} Co-Chair.";
    }
}
