using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.Randomness;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// Sentences that name co-chairs: the main meeting's ("The meeting was co-chaired by ..."), another standing body's
/// ("..., which Malaysia and New Zealand co-chair"), and a change of co-chair ("Thailand assumed the co-chairmanship
/// of ... from Sri Lanka"). A one-off workshop's co-chairs and a forum's business co-chairs are said too, as the genre
/// says them, but are not facts.
/// </summary>
public static class CoChairSentences
{
    /// <summary>Registers the main meeting's co-chairs as stated by <paramref name="quote"/>.</summary>
    public static void Register(Composition c, string quote)
    {
        var main = c.Main;
        c.StateCoChairs();
        if (!main.CoChairsAreFacts)
        {
            c.Note(new OtherFact("EventCoChairs", $"co-chairs of a one-off {Titles.EventNoun(main.Title)}, not of a standing body", c.Scene.MainStart, quote));
            return;
        }
        foreach (var coChair in main.CoChairs)
        {
            c.Expect(new ExpectedCoChair(main.Body.GoldName, coChair.Member.Name, coChair.StatedAgency, c.Scene.MainStart, quote));
        }
    }

    /// <summary>A sentence of its own naming the main meeting's co-chairs.</summary>
    public static string Main(Composition c)
    {
        var (g, r) = (c.Main, c.Random);
        var reference = Naming.Capitalise(Voices.Reference(c));
        string sentence, quote;
        if (g.CoChairs.All(cc => cc.Style == CoChairStyle.Minister) && r.Chance(0.4))
        {
            quote = $"co-chaired by the Foreign Ministers of {Naming.Countries(g.CoChairs)}";
            sentence = $"{reference} was {quote}.";
        }
        else
        {
            var pair = Naming.Pair(g.CoChairs, r);
            var persons = g.CoChairs.Any(cc => cc.Style is CoChairStyle.PersonWithAgency or CoChairStyle.PersonWithOffice or CoChairStyle.Minister);
            (sentence, quote) = r.Weighted<Func<(string, string)>>(
                (4, () => { var s = $"{reference} was co-chaired by {pair}."; return (s, s); }),
                (persons ? 0 : 3, () => { var s = $"{Naming.Capitalise(pair)} co-chaired {Voices.Reference(c)}."; return (s, s); }),
                (persons ? 0 : 1, () => { var s = $"{Naming.Capitalise(pair)} served as Co-Chairs."; return (s, s); }),
                (2, () => { var q = $"under the co-chairmanship of {pair}"; return ($"{reference} was held {q}.", q); }),
                (1, () => { var q = $"co-chaired by {pair}"; return ($"{reference} was {q}, with the support of the Regional Support Office.", q); }),
                (persons ? 0 : 1, () => { var q = $"with {pair} as co-chairs"; return ($"{reference} was held {q}.", q); }))();
        }
        Register(c, quote);
        return sentence;
    }

    /// <summary>A header line: "Co-Chairs: Indonesia (Ministry of Foreign Affairs) and Australia (Department of Home Affairs)".</summary>
    public static string HeaderValue(Composition c) => Naming.Pair(c.Main.CoChairs, c.Random);

    /// <summary>A standing body other than the main one, named with its present co-chairs (as of the document's date).</summary>
    public static string OtherBody(Composition c)
    {
        var r = c.Random;
        var year = c.Scene.DocumentDate.Year;
        var candidates = new[] { Bodies.TraffickingWorkingGroup, Bodies.Disruption(year), Bodies.ReturnsExpertsGroup, Bodies.TaskForce }
            .Where(b => b.Key != c.Main.Body.Key && b.Founded <= year).ToArray();
        if (candidates.Length == 0 || !c.Claim("co-chairs of another body")) return "";
        var body = r.Pick(candidates);
        var coChairs = CoChairChoice.For(body, r).Select(cc => cc with { Style = r.Chance(0.7) ? CoChairStyle.Country : CoChairStyle.CountryAndAgency }).ToArray();
        var pair = Naming.Pair(coChairs, r);
        var name = r.Chance(0.5) ? "Bali Process " + body.Name : body.Name;
        var (sentence, quote) = r.Weighted<Func<(string, string)>>(
            (3, () => { var q = $"the {name}, which {pair} co-chair"; return ($"{Voices.Subject(c)} underlined the value of continued cooperation with {q}.", q); }),
            (2, () => { var q = $"The {name}, co-chaired by {pair}"; return ($"{q}, reported on its work since the last meeting.", q); }),
            (2, () => { var q = $"the {name}, which is co-chaired by {pair}"; return ($"Representatives of {q}, briefed members on its current priorities.", q); }))();
        foreach (var cc in coChairs) c.Expect(new ExpectedCoChair(body.GoldName, cc.Member.Name, cc.StatedAgency, c.Scene.GoldDocumentDate, quote));
        return sentence;
    }

    /// <summary>A change of co-chair in a body with a rotating co-chair, dated before the document.</summary>
    public static string Handover(Composition c)
    {
        var r = c.Random;
        var documentDate = c.Scene.DocumentDate;
        var body = r.Pick(new[] { Bodies.Disruption(documentDate.Year), Bodies.ReturnsExpertsGroup });
        if (body.Key == c.Main.Body.Key || body.Founded >= documentDate.Year || !c.Claim("co-chair handover")) return "";
        var pair = r.Sample(Members.RotatingCoChairs, 2);
        var (incoming, outgoing) = (pair[0], pair[1]);
        var day = Draw.DayBetween(r, new DateOnly(Math.Max(body.Founded + 1, documentDate.Year - 3), 1, 1), documentDate.AddDays(-20));
        var name = body.Name;
        var (sentence, quote, asOf) = r.Weighted<Func<(string, string, string)>>(
            (3, () =>
            {
                var q = $"{Naming.Capitalise(incoming.InText)} assumed the co-chairmanship of the {name} from {outgoing.InText} in {DateWriting.MonthYear(day)}";
                return (q + ".", q, Days.IsoMonth(day));
            }),
            (2, () =>
            {
                var q = $"{Naming.Capitalise(incoming.InText)} took over from {outgoing.InText} as co-chair of the {name} on {DateWriting.Day(day)}";
                return (q + ", and has since led the group's work with its fellow co-chair.", q, Days.Iso(day));
            }),
            (2, () =>
            {
                var q = $"Since {DateWriting.MonthYear(day)}, {incoming.InText} has been a co-chair of the {name}";
                return (q + ".", q, Days.IsoMonth(day));
            }),
            (1, () =>
            {
                var q = $"{Naming.Capitalise(incoming.InText)} succeeded {outgoing.InText} as co-chair of the {name} in {day.Year}";
                return (q + ".", q, Days.IsoYear(day));
            }))();
        c.Expect(new ExpectedCoChair(body.GoldName, incoming.Name, null, asOf, quote));
        c.Note(new OtherFact("OutgoingCoChair", $"{outgoing.Name} named only as the outgoing co-chair of the {name}", null, quote));
        return sentence;
    }

    /// <summary>A forum's business co-chairs: company executives, not members' co-chairs.</summary>
    public static string BusinessCoChairs(Composition c)
    {
        var r = c.Random;
        var companies = r.Sample(["Meridian Holdings", "Pacific Harvest Group", "Archipelago Logistics", "Southern Cross Resources", "Nusantara Digital", "Coral Sea Fisheries"], 2);
        var quote = $"Mr {r.Pick(Members.Australia.GivenNames)} {r.Pick(Members.Australia.FamilyNames)}, Chairman of {companies[0]}, and Ms {r.Pick(["Ratna", "Dewi", "Siti"])} {r.Pick(Members.Indonesia.FamilyNames)}, founder of {companies[1]}, served as business co-chairs";
        c.Note(new OtherFact("BusinessCoChairs", "the forum's business co-chairs are company executives, not members' co-chairs", null, quote));
        return quote + ", and thanked participating companies for their commitment.";
    }
}
