using System.Globalization;
using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// The sentences around the facts: discussion, concern, thanks, attendance, background, and plans. None of them is a
/// fact; the plans ("The next meeting will be held in 2025"), postponements and concept notes are the genre's traps
/// and are kept in <c>other_facts</c>.
/// </summary>
public static class Filler
{
    private static readonly string[] Concerns =
    [
        "the continued loss of life at sea", "the growing number of people trafficked into online scam centres",
        "the exploitation of migrant workers by unscrupulous recruiters", "the vulnerability of children travelling without their families",
        "the violence used by smuggling networks against the people they move", "the scale of forced labour in the region",
        "the number of people left stranded by sudden border closures",
    ];

    /// <summary>Discussion sentences about an issue; <c>null</c> issue slots make a sentence generic (used once per document).</summary>
    private static readonly (bool Generic, Func<Composition, string, string> Write)[] Discussion =
    [
        (false, (c, issue) => $"{Voices.Subject(c)} discussed {issue} and shared examples of recent cases."),
        (false, (c, issue) => $"Delegations described the impact of {issue} on their countries and what their agencies are doing in response."),
        (false, (c, issue) => $"{Naming.Capitalise(c.Random.Pick(Topics.ShortOrganisations))} presented recent research on {issue}, drawing on data from {N(c.Random.Between(5, 19))} countries in the region."),
        (false, (c, issue) => $"Several members reported a rise in {issue} over the past year."),
        (true, (c, _) => "Discussion focused on practical cooperation between countries of origin, transit and destination."),
        (false, (c, issue) => $"{Voices.Subject(c)} exchanged views on {issue}, including the role of {c.Random.Pick(Topics.Organisations)}."),
        (false, (c, issue) => $"Small groups worked through case studies on {issue} and {c.Random.Pick(Topics.Issues)}."),
        (false, (c, issue) => $"{Country(c)} described a recent investigation into {issue} that had led to several arrests."),
        (false, (c, issue) => $"{Naming.Capitalise(c.Random.Pick(Topics.ShortOrganisations))} outlined the support it can offer members on {issue}."),
        (false, (c, issue) => $"Participants agreed that {issue} cannot be addressed by any one country alone."),
        (false, (c, issue) => $"Speakers noted that information on {issue} remains patchy, and that better data would help members target their responses."),
        (false, (c, issue) => c.Random.Sample(Members.AttendanceNames, 2) is var pair ? $"{Naming.Capitalise(pair[0])} and {pair[1]} shared lessons from joint work on {issue}." : ""),
        (false, (c, issue) => $"The RSO outlined the training it offers members on {issue}."),
        (true, (c, _) => "Members highlighted the importance of national coordination between police, immigration and labour authorities."),
        (false, (c, issue) => $"Several delegations called for closer engagement with civil society and the private sector on {issue}."),
        (true, (c, _) => $"{Voices.Subject(c)} noted that victims are often recruited through online job advertisements promising well-paid work abroad."),
        (true, (c, _) => "Questions from the floor focused on how to protect the rights of people who are returned to their countries of origin."),
        (true, (c, _) => "Members emphasised that responses must respect the human rights of all people on the move, whatever their status."),
        (false, (c, issue) => $"The session closed with a discussion of how members could share information on {issue} more quickly across borders."),
        (false, (c, issue) => $"Presenters walked participants through the legal tools available to investigate {issue}, from mutual legal assistance to joint investigation teams."),
        (true, (c, _) => "Delegates stressed that frontline officers need simple, practical advice they can use at the border."),
        (false, (c, issue) => $"Members agreed that work on {issue} should be informed by the experience of survivors."),
        (true, (c, _) => "Several speakers pointed to the value of informal contacts between investigators, built up through Bali Process meetings over many years."),
        (false, (c, issue) => $"The discussion on {issue} drew on presentations from prosecutors, labour inspectors and victim support organisations."),
        (false, (c, issue) => c.Random.Sample(Members.AttendanceNames, 3) is var panel ? $"A panel of practitioners from {panel[0]}, {panel[1]} and {panel[2]} compared their approaches to {issue}." : ""),
        (false, (c, issue) => $"Members recognised that women and children are often the most affected by {issue}."),
        (false, (c, issue) => $"{Voices.Subject(c)} heard that criminal groups behind {issue} increasingly operate across several jurisdictions at once."),
        (true, (c, _) => "Several members described how they had improved cooperation between their labour and immigration authorities."),
        (false, (c, issue) => $"{Naming.Capitalise(c.Random.Pick(Topics.ShortOrganisations))} drew attention to gaps in national laws that allow {issue} to go unpunished."),
        (true, (c, _) => "Participants noted that many victims do not see themselves as victims and are reluctant to approach the authorities."),
        (false, (c, issue) => $"Delegations agreed that regional training on {issue} should continue, with a focus on practical exercises."),
        (true, (c, _) => "Speakers underlined that trust between agencies is built through regular contact, not only through formal agreements."),
        (false, (c, issue) => $"Several members asked for more regular updates from the RSO on {issue}."),
        (true, (c, _) => "The exchange showed how much national approaches differ, and how much members can learn from each other."),
    ];

    private static readonly string[] Presented =
    [
        "its new national action plan against trafficking in persons", "amendments to its immigration law", "a pilot programme to screen arriving passengers for signs of trafficking",
        "its experience of joint investigations with neighbouring countries", "a public awareness campaign aimed at young job seekers", "a new hotline for victims of labour exploitation",
        "its procedures for the safe return of victims", "an information-sharing platform used by its border agencies", "recent prosecutions of recruitment agents",
        "the results of a national survey of migrant workers", "training delivered to labour inspectors", "a memorandum of understanding signed with a neighbouring country",
        "changes to the way its police record trafficking cases", "a shelter programme run with civil society partners", "its work to regulate private recruitment agencies",
        "a recent operation against a network smuggling people by sea",
    ];

    private static string Presentation(Composition c)
    {
        var r = c.Random;
        var verb = r.Pick(new[] { "presented", "briefed members on", "outlined", "shared", "reported on", "described" });
        var tail = r.Pick(new[] { "", ", and invited questions from members", ", which drew strong interest", " and offered to share its materials with other members" });
        return $"{Country(c)} {verb} {r.Pick(Presented)}{tail}.";
    }

    private static string Country(Composition c) => Naming.Capitalise(c.Random.Pick(Members.AttendanceNames));

    /// <summary>A paragraph of discussion about one issue, three to five sentences.</summary>
    public static string DiscussionParagraph(Composition c)
    {
        var r = c.Random;
        var issue = r.Pick(Topics.Issues);
        var sentences = new List<string>();
        var wanted = r.Between(3, 5);
        for (var tries = 0; sentences.Count < wanted && tries < 12; tries++)
        {
            if (r.Chance(0.25))
            {
                sentences.Add(Presentation(c));
                continue;
            }
            var i = r.Next(Discussion.Length);
            // A generic sentence at most once per document, a sentence about an issue at most twice.
            var key = "discussion " + i.ToString(CultureInfo.InvariantCulture);
            if (c.Claim(key) || (!Discussion[i].Generic && c.Claim(key + " again"))) sentences.Add(Discussion[i].Write(c, issue));
        }
        if (sentences.Count == 0) sentences.Add(Presentation(c));
        return string.Join(" ", sentences);
    }

    public static string Concern(Composition c)
    {
        var r = c.Random;
        var subject = Voices.Subject(c);
        return r.Weighted<Func<string>>(
            (3, () => r.Pick(Concerns) is var concern && c.Claim("concern " + concern) ? $"{subject} expressed deep concern at {concern}." : $"{subject} called for stronger regional cooperation to address {concern}."),
            (2, () => $"{subject} stressed that people who have been trafficked are victims who deserve protection, support and help to rebuild their lives."),
            (2, () => $"{subject} underlined that the responsibility for tackling these crimes is shared among countries of origin, transit and destination."),
            (1, () => $"{subject} voiced concern that criminal networks are quick to adapt their methods to new border controls."))();
    }

    public static string Thanks(Composition c)
    {
        var r = c.Random;
        var host = c.Main.Host;
        return r.Weighted<Func<string>>(
            (host is null || c.Main.Virtual ? 0 : 3, () => $"The Co-Chairs thanked the Government of {host!.InText} for hosting {Voices.Reference(c)} and for its warm hospitality."),
            (2, () => $"{Voices.Subject(c)} thanked the RSO for organising {Voices.Reference(c)}, and {r.Pick(Topics.ShortOrganisations)} for its support."),
            (2, () => "The Co-Chairs thanked members for their active contributions and closed the meeting."),
            (1, () => $"{Voices.Subject(c)} expressed their appreciation to the interpreters and the secretariat."))();
    }

    public static string Background(Composition c)
    {
        var r = c.Random;
        var body = c.Main.Body;
        return r.Weighted<Func<string>>(
            (2, () => "The Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime is a voluntary, non-binding regional forum with more than 45 members."),
            (1, () => "Since 2002 the Bali Process has brought together countries of origin, transit and destination to cooperate against people smuggling and trafficking in persons."),
            (body.Key is BodyKey.TraffickingWorkingGroup or BodyKey.DisruptionWorkingGroup or BodyKey.ReturnsExpertsGroup or BodyKey.TaskForce ? 3 : 0,
                () => $"The {body.Name} reports each year to the Ad Hoc Group and draws its members from the Ad Hoc Group's member states and international organisations."),
            (1, () => "The Regional Support Office in Bangkok helps members put the Bali Process's priorities into practice."))();
    }

    /// <summary>Who attended; with a head count when the main meeting has one (then a fact's field).</summary>
    public static string Attendance(Composition c)
    {
        var r = c.Random;
        var sample = r.Sample(Members.AttendanceNames, r.Between(7, 16));
        var countries = Join(sample.Take(sample.Count - 2).OrderBy(n => n.StartsWith("the ", StringComparison.Ordinal) ? n[4..] : n, StringComparer.Ordinal).ToArray());
        var apologies = r.Chance(0.3) ? $" Apologies were received from {sample[^2]} and {sample[^1]}." : "";
        var organisations = Join(r.Sample(Topics.Organisations, r.Between(2, 4)));
        if (c.Main.Participants is { } n)
        {
            c.StateHeadCount();
            return r.Weighted<Func<string>>(
                (3, () => $"{Naming.Capitalise(Voices.Reference(c))} was attended by {N(n)} participants from {countries}, together with {organisations}."),
                (2, () => $"{Ordinals.CountWord(n)} delegates attended, representing {countries}, as well as {organisations}."),
                (1, () => $"It brought together {N(n)} officials from {countries} and from {organisations}."))() + apologies;
        }
        return r.Weighted<Func<string>>(
            (3, () => $"Representatives of {countries} took part, together with {organisations}."),
            (1, () => $"Delegations from {countries} attended, and {r.Pick(Topics.Organisations)} took part as an observer."))() + apologies;
    }

    /// <summary>A meeting still to come: said in the future tense, so not a fact.</summary>
    public static string NextMeeting(Composition c)
    {
        var r = c.Random;
        var main = c.Main;
        var next = main.Days.Last.Year + 1;
        var city = r.Pick(r.Weighted(Members.Hosts).Cities);
        var month = DateWriting.Months[r.Next(12)];
        var nextYear = N(next);
        var (sentence, quote) = r.Weighted<Func<(string, string)>>(
            (main.Body.Standing ? 3 : 0, () =>
            {
                var q = main.Body.Convener is { } convener
                    ? $"The next meeting of the {convener} will be held in {city} in {nextYear}"
                    : $"The next {main.Body.Name} will be held in {city} in {nextYear}";
                return (q + ".", q);
            }),
            (main.Body.Standing && main.Ordinal is not null ? 3 : 0, () =>
            {
                var title = Titles.Of(main.Body, main.Ordinal!.Value + 1, r);
                var q = $"The {title} is planned for {month} {nextYear} in {city}";
                return (q + ", subject to confirmation by the host government.", q);
            }),
            (2, () =>
            {
                var q = $"{Voices.Subject(c)} agreed to meet again in the first half of {nextYear}";
                return (q + ".", q);
            }),
            (2, () =>
            {
                var q = $"A follow-up workshop on {r.Pick(Topics.Issues)} is expected to take place in {city} in {month} {nextYear}";
                return (q + ".", q);
            }),
            (main.Body.Standing ? 1 : 0, () =>
            {
                var q = $"{Naming.Capitalise(main.Body.Acronym is { } a ? "the " + a : main.Body.Reference)} will next meet in {nextYear}";
                return (q + "; the Co-Chairs will consult members on dates and venue.", q);
            }))();
        c.Note(new OtherFact("MeetingPlanned", "a meeting still to come", nextYear, quote));
        return sentence;
    }

    /// <summary>A meeting postponed or an item cancelled: not held, so not a fact.</summary>
    public static string Postponed(Composition c)
    {
        var r = c.Random;
        var year = c.Main.Days.Start.Year;
        var city = r.Pick(r.Weighted(Members.Hosts).Cities);
        var (sentence, quote, kind) = r.Weighted<Func<(string, string, string)>>(
            (2, () =>
            {
                var q = $"A regional workshop on {r.Pick(Topics.Issues)}, planned for {DateWriting.Months[r.Next(12)]} {N(year)} in {city}, was postponed to {N(year + 1)}";
                return (q + " at the request of the host government.", q, "MeetingPostponed");
            }),
            (c.Main.Virtual ? 0 : 1, () =>
            {
                var q = $"A site visit scheduled for the afternoon of {DateWriting.Day(c.Main.Days.Last, false)} was cancelled";
                return (q + " because of heavy rain.", q, "MeetingCancelled");
            }),
            (1, () =>
            {
                var q = $"A joint tabletop exercise that had been pencilled in for this year was postponed to {N(year + 1)}";
                return (q + ", so that more members can take part.", q, "MeetingPostponed");
            }))();
        c.Note(new OtherFact(kind, "not held", null, quote));
        return sentence;
    }

    /// <summary>A concept note, review or strategy: endorsed or welcomed, but not a product the labels count.</summary>
    public static string NotAProduct(Composition c)
    {
        var r = c.Random;
        var subject = Voices.Subject(c);
        var issue = r.Pick(Topics.Issues);
        var (quote, kind) = r.Weighted<Func<(string, string)>>(
            (2, () => ($"{subject} endorsed the Concept Note for a regional study on {issue}", "ConceptNoteEndorsed")),
            (1, () => ($"{subject} welcomed the Review of the region's response to {issue}", "ReviewWelcomed")),
            (1, () => ($"{subject} agreed that the Bali Process Strategy for Cooperation remains the framework for this work", "StrategyMentioned")))();
        c.Note(new OtherFact(kind, "a concept note, review or strategy, not a guide", null, quote));
        return quote + ".";
    }

    public static string Trend(Composition c)
    {
        var r = c.Random;
        var year = N(c.Main.Days.Start.Year - 1);
        return r.Weighted<Func<string>>(
            (1, () => $"According to figures presented by {r.Pick(Topics.ShortOrganisations)}, around {N(r.Between(40, 75))} per cent of the victims identified in the region in {year} were women and girls."),
            (1, () => $"{Naming.Capitalise(r.Pick(Topics.ShortOrganisations))} estimated that more than {(r.Between(2, 30) * 1000).ToString("N0", CultureInfo.InvariantCulture)} people had attempted irregular sea crossings in the region in {year}."),
            (1, () => $"Members noted that reported cases of {r.Pick(Topics.Issues)} had roughly doubled since {N(c.Main.Days.Start.Year - r.Between(2, 5))}."))();
    }

    /// <summary>Some filler sentence, weighted as documents of the genre mix them.</summary>
    public static string Any(Composition c)
    {
        var pick = c.Random.Weighted((8, 0), (2, 1), (1, 2), (1, 3), (1, 4), (1, 5));
        // Background, trends and the traps read oddly twice in one document: once each, then discussion.
        if (pick >= 2 && !c.Claim("filler " + pick.ToString(CultureInfo.InvariantCulture))) pick = 0;
        return pick switch
        {
            1 => Concern(c),
            2 => Background(c),
            3 => Trend(c),
            4 => NotAProduct(c),
            5 => GuideSentences.Commissioned(c),
            _ => DiscussionParagraph(c),
        };
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
