using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// Sentences that say a meeting took place: the document's own meeting ("The Fifth Annual Meeting of ... was held in
/// Bangkok, Thailand, on 19 June 2019.") and earlier meetings recalled in passing ("the Sixth Ministerial Conference in
/// Bali on 23 March 2016"). Each registers the meeting it reports.
/// </summary>
public static class MeetingSentences
{
    /// <summary>
    /// The sentence that reports the main meeting. With <paramref name="withCoChairs"/>, it names the co-chairs too
    /// (and registers them); <paramref name="withYear"/> false leaves the year to the header's dateline.
    /// </summary>
    public static string Main(Composition c, bool withYear = true, bool withCoChairs = false, bool today = false)
    {
        var (g, r) = (c.Main, c.Random);
        // A media release dated the day of a one-day meeting may say only "today".
        var on = today && !g.Days.IsRange ? "today" : DateWriting.On(g.Days, r, withYear);
        var title = g.Title;
        string sentence;
        string? coChairSpan = null;
        if (g.Virtual)
        {
            sentence = r.Weighted<Func<string>>(
                (3, () => $"The {title} was held virtually {on}."),
                (2, () => $"The {title} took place online {on}, with delegations joining by videoconference."),
                (1, () => $"The {title} was convened by videoconference {on}."))();
        }
        else if (!g.Body.Standing)
        {
            var days = g.Days.IsRange ? $"{g.Days.Last.DayNumber - g.Days.Start.DayNumber + 1}-day " : "";
            days = days.Replace("2-day", "two-day", StringComparison.Ordinal).Replace("3-day", "three-day", StringComparison.Ordinal);
            sentence = r.Weighted<Func<string>>(
                (3, () => $"The Regional Support Office of the Bali Process (RSO) convened the {title} in {Place(c)} {on}."),
                (2, () => $"The RSO hosted a {days}{Titles.EventNoun(title)}, the {title}, in {Place(c)} {on}."),
                (2, () => $"The {title} was held in {Place(c)} {on}."),
                (1, () => $"{Naming.Capitalise(on)}, the {title} brought together officials from across the region in {Place(c)}."))();
        }
        else
        {
            var body = g.Body;
            var ordinal = g.Ordinal ?? 1;
            var coChairs = withCoChairs ? Naming.Pair(g.CoChairs, r) : "";
            var simple = g.CoChairs.All(cc => cc.Style is CoChairStyle.Country or CoChairStyle.Agency or CoChairStyle.CountryAndAgency);
            var choices = new List<(int, Func<string>)>
            {
                (3, () => $"The {title} was held in {Place(c)} {on}"),
                (2, () => $"The {title} took place in {Place(c)} {on}"),
                (2, () => $"{body.Participants} gathered in {Place(c)} {on} for the {title}"),
                (1, () => $"{body.Participants} met in {Place(c)} {on} for the {title}"),
                (g.Host is null ? 0 : 1, () => $"The {title} was hosted by the Government of {g.Host!.InText} in {g.City} {on}"),
            };
            if (body.Convener is { } convener)
            {
                choices.Add((1, () => $"The {convener} held its {Ordinals.LowerWord(ordinal)} meeting in {Place(c)} {on}"));
                choices.Add((1, () => $"{Naming.Capitalise(on)}, the Bali Process {convener} met for the {Ordinals.LowerWord(ordinal)} time, in {Place(c)}"));
            }
            if (withCoChairs && simple)
            {
                choices.Add((3, () =>
                {
                    coChairSpan = $"{coChairs} co-chaired the {title}";
                    return $"{Naming.Capitalise(coChairs)} co-chaired the {title} in {Place(c)} {on}";
                }));
            }
            sentence = r.Weighted(choices.ToArray())();
            if (withCoChairs && coChairSpan is null)
            {
                coChairSpan = r.Weighted((3, $"under the co-chairmanship of {coChairs}"), (2, $"co-chaired by {coChairs}"));
                sentence += ", " + coChairSpan;
            }
            sentence += g.Format == "hybrid" ? ", in hybrid format, with some delegations joining online." : ".";
        }
        c.StateMain(sentence);
        if (sentence.Contains(g.Place, StringComparison.Ordinal) && g.PlaceCountry is not null && g.Place.Contains(',')) c.StateCountry();
        if (coChairSpan is not null) CoChairSentences.Register(c, FirstWordCased(sentence, coChairSpan));
        return sentence;
    }

    /// <summary>The span as it appears in the sentence (a span that opens the sentence is capitalised there).</summary>
    private static string FirstWordCased(string sentence, string span) =>
        sentence.Contains(span, StringComparison.Ordinal) ? span : Naming.Capitalise(span);

    private static string Place(Composition c) =>
        c.Random.Chance(0.75) || c.Main.PlaceCountry is null ? c.Main.Place : c.Main.City!;

    /// <summary>
    /// A sentence recalling an earlier meeting. Registers it with the precision the sentence gives: a day, a month,
    /// or only its number (start null).
    /// </summary>
    public static string Recalled(Composition c, Gathering past)
    {
        var r = c.Random;
        var subject = Voices.Subject(c);
        var title = past.Title;
        string sentence, quote;
        var precision = Precision.Day;
        string? city = past.City;
        var onText = DateWriting.On(past.Days, r);
        var kind = r.Weighted((4, 0), (3, 1), (3, 2), (2, 3), (past.Body.Key == BodyKey.AdHocGroup ? 2 : 0, 4));
        switch (kind)
        {
            case 0:
                quote = $"the {title}, held in {past.City} {onText}";
                sentence = $"{subject} recalled {quote}, and the commitments made there.";
                break;
            case 1:
                quote = $"the {title} in {past.City} {onText}";
                sentence = $"This was the first such meeting since {quote}, and {subject.ToLowerInvariant()} used it to take stock of progress.";
                break;
            case 2:
                precision = Precision.Month;
                quote = $"the {title}, which took place in {past.City} in {DateWriting.MonthYear(past.Days.Start)}";
                sentence = $"{Naming.Capitalise(Voices.Reference(c))} built on the outcomes of {quote}.";
                break;
            case 3:
                precision = Precision.Year;
                city = null;
                quote = $"the {title}";
                sentence = $"{subject} recalled the commitments made at {quote} and agreed that they remain the basis for cooperation.";
                break;
            default:
                var numbered = $"{Ordinals.Numeric(past.Ordinal ?? 1)} AHG SOM";
                past = past with { Title = numbered };
                quote = $"the {numbered} in {past.City} ({DateWriting.Numeric(past.Days.Start)})";
                sentence = $"{subject} recalled the outcomes of {quote}.";
                break;
        }
        c.Expect(new ExpectedMeeting(past.Body.GoldName, past.Title, past.Ordinal,
            precision == Precision.Year ? null : DateWriting.GoldStart(past.Days, precision),
            precision == Precision.Day ? DateWriting.GoldEnd(past.Days, precision) : null,
            city, null, null, null, [], quote));
        return sentence;
    }

    /// <summary>A workshop or dialogue recalled: "the outcomes of the RSO Workshop on ..., hosted by Indonesia in Jakarta on 5 March 2019".</summary>
    public static string RecalledEvent(Composition c, Gathering past)
    {
        var r = c.Random;
        var onText = DateWriting.On(past.Days, r);
        var quote = r.Weighted(
            (2, $"the {past.Title}, hosted by {past.Host!.InText} in {past.City} {onText}"),
            (2, $"the {past.Title}, held in {past.City} {onText}"),
            (1, $"the {past.Title} in {past.City} {onText}"));
        var sentence = r.Weighted(
            (2, $"{Voices.Subject(c)} welcomed the outcomes of {quote}, and agreed that its recommendations should inform the next phase of work."),
            (1, $"{Voices.Subject(c)} heard a report on {quote}."));
        var body = past.Title.StartsWith("RSO ", StringComparison.Ordinal) ? Bodies.RegionalSupportOffice.GoldName : "other: " + past.Title;
        c.Expect(new ExpectedMeeting(body, past.Title, null, Days.Iso(past.Days.Start), past.Days.End is { } e ? Days.Iso(e) : null,
            past.City, quote.Contains("hosted by", StringComparison.Ordinal) ? past.Host.Name : null, null, null, [], quote));
        return sentence;
    }

    /// <summary>A Joint Period of Action of the Disruption group: a period of coordinated operations, labelled as a meeting held.</summary>
    public static string JointPeriodOfAction(Composition c, int ordinal, Days days)
    {
        var r = c.Random;
        var body = Bodies.Disruption(days.Start.Year);
        var title = r.Chance(0.5) ? $"{Ordinals.Numeric(ordinal)} Joint Period of Action" : $"{Ordinals.Word(ordinal)} Joint Period of Action";
        var quote = $"the {title} of the {body.Name}, which ran from {DateWriting.Day(days.Start, days.Start.Year != days.Last.Year)} to {DateWriting.Day(days.Last)}";
        var sentence = $"{Voices.Subject(c)} welcomed the results of {quote}, during which participating agencies ran coordinated operations against smuggling and trafficking networks.";
        c.Expect(new ExpectedMeeting(body.GoldName, title, ordinal, Days.Iso(days.Start), Days.Iso(days.Last), null, null, null, null, [], quote));
        return sentence;
    }
}
