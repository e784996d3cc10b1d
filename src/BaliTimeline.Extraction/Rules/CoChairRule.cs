using System.Text.RegularExpressions;
using BaliTimeline.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Reading;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// Who co-chairs a body, read from the ways the genre names co-chairs: a field ("Co-Chairs: Indonesia (Ministry of
/// Foreign Affairs) and Australia (...)"), a passive ("was co-chaired by A and B", "under the co-chairmanship of A and
/// B", "with A and B as co-chairs", "its co-chairs were A and B"), an apposition ("the co-chairs of the Steering Group,
/// Indonesia and Australia"), an active verb ("A and B co-chaired the meeting", "A, which co-chairs the Working Group
/// with B", "which A and B co-chair"), a role ("..., Director at the Australian Department of ... and Co-Chair of the
/// TFPP"), and a list of one member's agencies over time. The body is the one named, else the body of the meeting
/// chaired, else the document's; the co-chairs of a one-off workshop or symposium are not a body's. A member named
/// without an agency, or only through a minister's or ambassador's title, is a co-chair with its agency unknown.
/// </summary>
public static partial class CoChairRule
{
    public const string Name = "co-chair";

    private static readonly HashSet<string> OneOff = ["workshop", "roundtable", "dialogue", "symposium", "seminar", "webinar", "course", "briefing", "exercise", "summit", "retreat", "forum"];

    public static void Read(Sentence sentence, ExtractionContext context)
    {
        // Every way of naming a co-chair says "chair", but a list item under a line that does ("... has moved between agencies:").
        if (!sentence.Text.Contains("chair", StringComparison.OrdinalIgnoreCase) && sentence.Kind != SentenceKind.ListItem) return;
        var text = Forum.Mask(sentence.Text);
        if (Business().IsMatch(text) && !Cue().IsMatch(Business().Replace(text, ""))) return;

        if (sentence.Kind == SentenceKind.Field)
        {
            var field = Field().Match(text);
            // A field of one entry in a listing ("23/02/2021 - Third meeting of ... Co-chairs: Sri Lanka and Australia.") is that entry's meeting's.
            var entry = context.Meetings.InBlock(sentence.Block).LastOrDefault() ?? context.Meetings.Reported;
            if (field.Success) Add(Parties.Read(text[field.Length..]), Target(entry, context.DocumentBody()), null, sentence, context);
            return;
        }
        if (Stints(sentence, context)) return;
        if (BodyListed(sentence, context)) return;
        // A headline tells in short what the text then tells in full, dated; read it there.
        if (sentence.Kind == SentenceKind.Heading)
        {
            // A signature block: "Ms Joanne Kirby / First Assistant Secretary, ..., Attorney-General's Department / Australian Co-Chair, Bali Process Working Group on ...".
            if (Cue().Match(text) is { Success: true } signed && signed.Groups["role"].Success) Role(sentence, signed, context);
            // "JOINT DOORSTOP - CO-CHAIRS OF THE ... MEETING" over the officials who speak: they are its co-chairs.
            if (HeadingCoChairs().IsMatch(text) && context.Frame.Authors.Count > 0) Add(context.Frame.Authors, Target(context.Meetings.Reported, context.DocumentBody()), null, sentence, context);
            // "OPENING REMARKS BY THE AUSTRALIAN CO-CHAIR": the member by its adjective.
            else if (ByTheCoChair().Match(text) is { Success: true } by && Members.Table.Canonicalise(by.Groups["m"].Value) is { } member)
            {
                Add([new Party(member, null)], Target(context.Meetings.Reported, context.DocumentBody()), null, sentence, context);
            }
            return;
        }

        foreach (Match cue in Cue().Matches(text))
        {
            var (clauseStart, clauseEnd) = Clause(text, cue.Index);
            if (cue.Groups["passive"].Success || cue.Groups["under"].Success || cue.Groups["were"].Success)
            {
                var parties = Respectively(Parties.Read(Upto(text, cue.Index + cue.Length, clauseEnd)), text[(cue.Index + cue.Length)..clauseEnd]);
                Add(parties, Before(sentence, cue.Index, clauseStart, context), DateIn(sentence, clauseStart, clauseEnd, context), sentence, context, chaired: true);
            }
            else if (cue.Groups["undermember"].Success)
            {
                // "the last held under Malaysia's co-chairmanship": the member co-chaired what the clause names.
                if (Members.Table.Canonicalise(cue.Groups["um"].Value) is { } member)
                {
                    Add([new Party(member, null)], Before(sentence, cue.Index, clauseStart, context), DateIn(sentence, clauseStart, clauseEnd, context), sentence, context);
                }
            }
            else if (cue.Groups["as"].Success)
            {
                // "with A and B as co-chairs" names them; "A ... as co-chair" is the subject; "A continues as the other
                // co-chair through its Department of ..." names the agency after, and the other seat of the body just told of.
                // "Australia, with the IOM as co-chair since August 2022" names the IOM; "Australia will keep working with Indonesia as co-chair", Australia.
                var list = cue.Groups["with"].Success && (cue.Groups["plural"].Success || text[..cue.Index].TrimEnd().EndsWith(','))
                    ? cue.Groups["with"].Value : Subject(text, clauseStart, cue.Index);
                // "A, whose term as co-chair has ended", "the Philippines has now completed its term as co-chair": no longer a co-chair.
                if (TermEnded().IsMatch(text[clauseStart..cue.Index])) continue;
                var parties = Parties.Read(list).Take(cue.Groups["plural"].Success ? 99 : 1).ToArray();
                // "The Directorate ... of the Ministry of Foreign Affairs, which I lead, continues as the Indonesian co-chair": the member by its adjective.
                if (parties.Length == 0 && AsAdjective().Match(cue.Value) is { Success: true } adjective && Members.Table.Canonicalise(adjective.Groups["m"].Value) is { } own)
                {
                    parties = [new Party(own, Parties.AgencyIn(list, own))];
                }
                if (parties is [{ Agency: null } single] && Through().Match(text, cue.Index + cue.Length) is { Success: true } through)
                {
                    parties = [single with { Agency = Parties.AgencyIn(through.Groups["a"].Value, single.Member) }];
                }
                var target = cue.Groups["other"].Success && context.CoChairs.LastOrDefault() is { Body: { } seat } ? Target(null, seat) : Before(sentence, cue.Index, clauseStart, context);
                Add(parties, target, DateIn(sentence, clauseStart, clauseEnd, context), sentence, context);
            }
            else if (cue.Groups["apposition"].Success)
            {
                var named = cue.Groups["of"].Success ? BodyIn(cue.Groups["of"].Value, sentence, cue.Groups["of"].Index, context) : null;
                var parties = Parties.Read(Upto(text, cue.Index + cue.Length, clauseEnd));
                Add(parties, named is not null ? Target(null, named) : Before(sentence, cue.Index, clauseStart, context), DateIn(sentence, clauseStart, clauseEnd, context), sentence, context);
            }
            else if (cue.Groups["listed"].Success)
            {
                // "They thanked Malaysia and New Zealand, the Working Group's co-chairs, for their leadership."
                var owner = cue.Groups["lb"].Success ? BodyIn(cue.Groups["lb"].Value, sentence, cue.Index, context) : null;
                Add(Parties.Read(text[clauseStart..cue.Index]), owner is not null ? Target(null, owner) : Before(sentence, cue.Index, clauseStart, context),
                    DateIn(sentence, clauseStart, clauseEnd, context), sentence, context);
            }
            else if (cue.Groups["role"].Success)
            {
                Role(sentence, cue, context);
            }
            else if (cue.Groups["possessive"].Success)
            {
                Possessive(sentence, text, cue, clauseStart, clauseEnd, context);
            }
            else
            {
                Active(sentence, cue, clauseStart, clauseEnd, context);
            }
        }
    }

    /// <summary>
    /// The facts, once every meeting is read: each co-chair dated by its sentence, else by its meeting, else by the
    /// document. One member's co-chair seat stated several times is one fact, from its earliest date; an agency the
    /// document names replaces none of its own mentions of the same seat with the agency unknown.
    /// </summary>
    public static IEnumerable<CoChairChanged> Facts(ExtractionContext context)
    {
        var facts = context.CoChairs.Select(r =>
        {
            var body = r.Body ?? r.Meeting?.Body ?? (r.Meeting is { } m && !OneOff.Contains(m.Head) ? context.DocumentBody() : null);
            var (date, basis) = r.Date is not null ? (r.Date, r.Basis)
                : r.Meeting is { Date: { } on } meeting ? (on, meeting.DateBasis)
                : context.Reference is { } reference ? (reference.Date, reference.Basis)
                : ((PartialDate?)null, DateBasis.NotStated);
            return (Body: body, Fact: r, Date: date, Basis: basis);
        }).Where(f => f.Body is not null).Select(f => f with { Body = LevelOf(f.Body!, f.Fact.Sentence) }).ToList();
        foreach (var seat in facts.GroupBy(f => (f.Body, f.Fact.Party.Member)))
        {
            var named = seat.Any(f => f.Fact.Party.Agency is not null);
            string? previous = null;
            var first = true;
            foreach (var f in seat.Where(f => !named || f.Fact.Party.Agency is not null).OrderBy(f => f.Date?.Earliest ?? DateOnly.MaxValue))
            {
                if (!first && f.Fact.Party.Agency == previous) continue;
                (previous, first) = (f.Fact.Party.Agency, false);
                yield return new CoChairChanged(f.Body!, f.Fact.Party.Member, f.Fact.Party.Agency, f.Date, f.Basis, context.Evidence(f.Fact.Sentence));
            }
        }
    }

    /// <summary>
    /// The Bali Process itself is co-chaired at two levels: "the Senior Official Co-Chair of the Bali Process" sits in
    /// its Senior Officials' Meeting, "Australia is proud to co-chair the Bali Process" at its Ministerial Conference.
    /// </summary>
    private static string LevelOf(string body, Sentence sentence) =>
        body != BodyNames.BaliProcess ? body : SeniorOfficial().IsMatch(sentence.Text) ? BodyNames.SeniorOfficialsMeeting : BodyNames.MinisterialConference;

    /// <summary>"A and B co-chaired the meeting", "A, which co-chairs the Working Group with B", "which A and B co-chair".</summary>
    private static void Active(Sentence sentence, Match cue, int clauseStart, int clauseEnd, ExtractionContext context)
    {
        var text = Forum.Mask(sentence.Text);
        var which = WhichBefore().Match(text[clauseStart..cue.Index]);
        var subjectStart = which.Success ? clauseStart + which.Index + which.Length : clauseStart;
        // "The Australian Border Force, which co-chairs ...": the subject is what "which" stands for.
        var subject = which.Success && clauseStart + which.Index + which.Length == cue.Index
            ? text[clauseStart..(clauseStart + which.Index)]
            : Subject(text, subjectStart, cue.Index);
        var parties = Parties.Read(subject).ToList();
        // "Today in Adelaide we co-chaired ...", "It has been a pleasure to co-chair this conference with you": the authors.
        if (parties.Count == 0 && FirstPerson().IsMatch(subject)) parties.AddRange(context.Frame.Authors);
        var afterCue = cue.Index + cue.Length;
        // "the Indonesian co-chair role for the Task Force has passed from the Ministry of Foreign Affairs to the Coordinating Ministry ...".
        if (parties is [{ Agency: null } seat] && PassedFromTo().Match(text[afterCue..clauseEnd]) is { Success: true } passed
            && Parties.AgencyIn(passed.Groups["to"].Value, seat.Member) is { } now)
        {
            var body = After(sentence, afterCue, clauseEnd, context) ?? Before(sentence, cue.Index, clauseStart, context);
            if (Parties.AgencyIn(passed.Groups["from"].Value, seat.Member) is { } before) Add([seat with { Agency = before }], body, null, sentence, context);
            Add([seat with { Agency = now }], body, DateIn(sentence, clauseStart, clauseEnd, context, cue.Index), sentence, context);
            return;
        }
        var with = WithParty().Match(text[afterCue..clauseEnd]);
        if (with.Success) parties.AddRange(Parties.Read(Upto(text, afterCue + with.Index + with.Length, clauseEnd)).Where(p => parties.All(q => q.Member != p.Member)));
        if (parties.Count == 0)
        {
            context.Skip(Name, "co-chairs are named only as persons, without their country", sentence);
            return;
        }
        // "which A and B co-chair": the body "which" stands for; otherwise what the verb governs.
        var target = which.Success && subjectStart < cue.Index && clauseStart + which.Index + which.Length != cue.Index
            ? Before(sentence, clauseStart + which.Index, 0, context)
            : After(sentence, afterCue, with.Success ? afterCue + with.Index : clauseEnd, context) ?? Before(sentence, cue.Index, clauseStart, context);
        // "the Department of Home Affairs has assumed the Australian co-chair role": the agency is the subject's.
        if (cue.Groups["seat"].Success && parties is [{ Agency: null } assumed] && Parties.AgencyIn(subject, assumed.Member) is { } subjectAgency)
        {
            parties = [assumed with { Agency = subjectAgency }];
        }
        if (cue.Groups["seat"].Success && parties is [{ } successor] && HadHeld().Match(text, afterCue) is { Success: true } hadHeld && hadHeld.Index < clauseEnd
            && Parties.AgencyIn(hadHeld.Groups["a"].Value, successor.Member) is { } predecessor && predecessor != successor.Agency)
        {
            var since = hadHeld.Groups["since"].Success ? context.Dates(sentence).FirstOrDefault(d => d.Start > hadHeld.Index && d.Resolved) : null;
            Add([successor with { Agency = predecessor }], target, since is null ? null : (since.Date!, since.Basis), sentence, context);
        }
        // "The Australian co-chair role was held by the Department of Foreign Affairs and Trade from ... 2017".
        if (parties is [{ Agency: null } holder] && HeldBy().Match(text[afterCue..clauseEnd]) is { Success: true } held
            && Parties.AgencyIn(held.Groups["a"].Value, holder.Member) is { } by)
        {
            parties = [holder with { Agency = by }];
        }
        Add(parties, target, DateIn(sentence, clauseStart, clauseEnd, context, cue.Index), sentence, context, chaired: true);
    }

    /// <summary>"co-chaired by Malaysia and New Zealand, represented respectively by the Royal Malaysia Police and Immigration New Zealand".</summary>
    private static IReadOnlyList<Party> Respectively(IReadOnlyList<Party> parties, string rest)
    {
        if (RespectivelyBy().Match(rest) is not { Success: true } by) return parties;
        var agencies = Regex.Split(by.Groups["a"].Value, @",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z])");
        return agencies.Length != parties.Count ? parties
            : parties.Select((p, i) => p.Agency is null && Parties.AgencyIn(agencies[i], p.Member) is { } agency ? p with { Agency = agency } : p).ToArray();
    }

    /// <summary>
    /// "Australia's co-chair, Commander X of the Australian Border Force, ..." (the agency in the apposition), "the
    /// Attorney-General's Department has taken over as Australia's co-chair of the WG-TIP" (the agency in the subject).
    /// </summary>
    private static void Possessive(Sentence sentence, string text, Match cue, int clauseStart, int clauseEnd, ExtractionContext context)
    {
        if (Members.Table.Canonicalise(cue.Groups["pm"].Value) is not { } member) return;
        var after = cue.Index + cue.Length;
        var apposition = AppositionAfter().Match(text, after);
        var agency = apposition.Success ? Parties.AgencyIn(apposition.Groups["a"].Value, member) : Parties.AgencyIn(text[clauseStart..cue.Index], member);
        var named = OfBody().Match(text, after) is { Success: true } of ? BodyNames.Table.FindFirst(of.Groups["b"].Value)?.Canonical : null;
        var target = named is not null ? Target(null, named) : Before(sentence, cue.Index, clauseStart, context);
        Add([new Party(member, agency)], target, DateIn(sentence, clauseStart, clauseEnd, context), sentence, context);
        if (TookOverFrom().Match(text[clauseStart..clauseEnd]) is { Success: true } from && Parties.AgencyIn(from.Groups["a"].Value, member) is { } before && before != agency)
        {
            var since = from.Groups["since"].Success ? context.Dates(sentence).FirstOrDefault(d => d.Start == clauseStart + from.Index + from.Length && d.Resolved) : null;
            Add([new Party(member, before)], target, since is null ? null : (since.Date!, since.Basis), sentence, context);
        }
    }

    /// <summary>"Jane Doe, Director at the Australian Department of Home Affairs and Co-Chair of the TFPP and DWG".</summary>
    private static void Role(Sentence sentence, Match cue, ExtractionContext context)
    {
        var text = sentence.Text;
        var end = RoleEnd().Match(text, cue.Index + cue.Length) is { Success: true } stop ? stop.Index : text.Length;
        var bodies = BodyNames.Table.FindAll(text[..end], cue.Index + cue.Length).Select(b => b.Canonical).Distinct().ToArray();
        if (bodies.Length == 0) return;
        // The person the role belongs to: the description since the previous person, not another's agency.
        var description = Parties.Split(text[..cue.Index]).LastOrDefault() ?? "";
        // The office and agency on the line above a signature's role.
        if (sentence.Kind == SentenceKind.Heading && description.Trim().Length == 0 && context.Previous(sentence) is { Kind: SentenceKind.Heading } above) description = above.Text;
        var party = Parties.Read(description).FirstOrDefault();
        var adjective = cue.Groups["adj"].Success ? Members.Table.Canonicalise(cue.Groups["adj"].Value.Trim()) : null;
        if (adjective is not null && party?.Member != adjective) party = new Party(adjective, Parties.AgencyIn(description, adjective));
        if (party is null)
        {
            context.Skip(Name, "a co-chair is named without a member country", sentence);
            return;
        }
        foreach (var body in bodies) Add([party], Target(null, body), null, sentence, context);
    }

    /// <summary>
    /// "Who chairs the working groups?" then "- Working Group on Trafficking in Persons: Indonesia (Ministry of Foreign
    /// Affairs) and Australia (Attorney-General's Department).": a list of bodies, each with its co-chairs.
    /// </summary>
    private static bool BodyListed(Sentence sentence, ExtractionContext context)
    {
        if (sentence.Kind != SentenceKind.ListItem || BodyColon().Match(sentence.Text) is not { Success: true } item) return false;
        if (BodyNames.Table.FindFirst(item.Groups["b"].Value) is not { Start: 0 } body || body.End < item.Groups["b"].Value.TrimEnd().Length) return false;
        Sentence? above = context.Previous(sentence);
        while (above is { Kind: SentenceKind.ListItem }) above = context.Previous(above);
        if (above is null || !Chairs().IsMatch(above.Text)) return false;
        var list = item.Groups["list"].Value;
        var parties = Parties.Read(ListEnd().Match(list) is { Success: true } end ? list[..end.Index] : list);
        if (parties.Count == 0) return false;
        Add(parties, Target(null, body.Canonical), null, sentence, context);
        return !Cue().IsMatch(list);
    }

    /// <summary>A list of one member's agencies over time, introduced as "On the Australian side, the co-chair role has moved ...:".</summary>
    private static bool Stints(Sentence sentence, ExtractionContext context)
    {
        if (sentence.Kind != SentenceKind.ListItem || context.Introducer(sentence) is not { } introducer || !AnyCue().IsMatch(introducer.Text)) return false;
        if (Members.Table.FindFirst(introducer.Text) is not { } member || Parties.AgencyIn(sentence.Text, member.Canonical) is not { } agency) return false;
        var date = context.Dates(sentence).FirstOrDefault(d => d.Resolved);
        var from = date?.Date is { } d && d.Earliest.Year != d.Latest.Year ? PartialDate.Year(d.Earliest.Year) : date?.Date;
        Add([new Party(member.Canonical, agency)], Target(null, context.BodyBefore(introducer, introducer.Text.Length)), from is null ? null : (from, date!.Basis), sentence, context);
        return true;
    }

    private static void Add(IReadOnlyList<Party> parties, (MeetingCandidate? Meeting, string? Body)? target, (PartialDate Date, DateBasis Basis)? date, Sentence sentence, ExtractionContext context, bool chaired = false)
    {
        if (parties.Count == 0) return;
        if (target is not { } t || (t.Meeting is null && t.Body is null))
        {
            context.Skip(Name, "co-chairs are named, but not the body or meeting they chaired", sentence);
            return;
        }
        // "The workshop was co-chaired by Sri Lanka and the Maldives": even a body's workshop has co-chairs of its own.
        if (t.Meeting is { } meeting && (meeting.Body is null && t.Body is null || chaired && meeting.Body is not null && meeting.Head != "forum") && OneOff.Contains(meeting.Head))
        {
            context.Skip(Name, $"co-chairs of a one-off {meeting.Head}, not of a standing body", sentence);
            return;
        }
        foreach (var party in parties)
        {
            context.CoChairs.Add(new CoChairReading(sentence, party, t.Body, t.Meeting, date?.Date, date?.Basis ?? DateBasis.NotStated));
        }
    }

    private static (MeetingCandidate? Meeting, string? Body)? Target(MeetingCandidate? meeting, string? body) =>
        meeting is null && body is null ? null : (meeting, meeting is null ? body : meeting.Body is null && !OneOff.Contains(meeting.Head) ? body : null);

    /// <summary>What the co-chairs chaired, named before the cue: the nearest meeting in the clause ("The meeting", "X, co-chaired by"), else the sentence's, the last read, the reported one, the document's body.</summary>
    private static (MeetingCandidate? Meeting, string? Body)? Before(Sentence sentence, int at, int clauseStart, ExtractionContext context)
    {
        // "A small drafting committee was formed, co-chaired by ...": a body the text does not name.
        if (Unnamed().IsMatch(sentence.Text[clauseStart..at])) return null;
        var here = context.Meetings.In(sentence).Where(m => m.Start < at).OrderBy(m => m.Start).ToArray();
        var meeting = here.LastOrDefault(m => m.Start >= clauseStart).Meeting ?? here.LastOrDefault().Meeting;
        var body = context.BodyBefore(sentence, at);
        if (meeting is not null) return Target(meeting, body);
        // "The Working Group is co-chaired by Indonesia and Australia": the body the subject refers to.
        if (BodyReference.Find(sentence.Text[clauseStart..at]).FirstOrDefault() is { Head: { } head, Start: < 5 }) return Target(null, context.BodyBefore(sentence, at, head));
        // "Co-chairs: Sri Lanka and Australia." within an entry: the entry's meeting.
        if (sentence.Text[clauseStart..at].Trim().Length == 0 && context.Meetings.InBlock(sentence.Block).LastOrDefault() is { } entry) return Target(entry, body);
        if (Pronoun().IsMatch(sentence.Text[clauseStart..at]) && context.Meetings.All.LastOrDefault() is { } last && !context.Meetings.In(sentence).Any()) return Target(last, body);
        var named = BodyNames.Table.FindAll(sentence.Text[..at], clauseStart).LastOrDefault()?.Canonical;
        return named is not null ? Target(null, named) : context.Meetings.Reported is { } reported ? Target(reported, body) : Target(null, body);
    }

    /// <summary>What an active "co-chaired" governs: a meeting or a body named just after it, "it", "this group".</summary>
    private static (MeetingCandidate? Meeting, string? Body)? After(Sentence sentence, int from, int to, ExtractionContext context)
    {
        var text = sentence.Text;
        var meeting = context.Meetings.In(sentence).Where(m => m.Start >= from && m.Start < Math.Min(to, from + 30)).OrderBy(m => m.Start).FirstOrDefault().Meeting;
        if (meeting is not null) return Target(meeting, context.BodyBefore(sentence, from));
        var named = BodyNames.Table.FindFirst(text[..to], from) is { } b && b.Start < from + 30 ? b.Canonical : null;
        if (named is not null) return Target(null, named);
        if (BodyReference.Find(text[from..to]).FirstOrDefault() is { Head: { } head, Start: < 8 }) return Target(null, context.BodyBefore(sentence, from, head));
        if (It().IsMatch(text, from)) return Target(null, context.BodyBefore(sentence, from));
        return null;
    }

    private static string? BodyIn(string words, Sentence sentence, int at, ExtractionContext context) =>
        BodyNames.Table.FindFirst(words)?.Canonical ?? UnlistedBodies.Find(words).FirstOrDefault()?.Name
        ?? (BodyReference.Find("the " + words.Trim()).FirstOrDefault() is { Head: { } head } ? context.BodyBefore(sentence, at, head) : null);

    /// <summary>The date the clause states for the co-chairs ("co-chaired it in 2017", "by 2023 its co-chairs were").</summary>
    private static (PartialDate Date, DateBasis Basis)? DateIn(Sentence sentence, int clauseStart, int clauseEnd, ExtractionContext context, int? cue = null) =>
        context.Dates(sentence).FirstOrDefault(d => d.Start >= clauseStart && d.Start < clauseEnd && d.Resolved
            && !OtherParty().IsMatch(sentence.Text[Math.Min(cue ?? clauseStart, d.Start)..d.Start])) is { } stated ? (stated.Date!, stated.Basis) : null;

    /// <summary>The words before a verb that name its subject: from the clause's start, past an opening date or place.</summary>
    private static string Subject(string text, int from, int to) => text[from..to];

    /// <summary>A list of co-chairs, up to where the clause turns to something else.</summary>
    private static string Upto(string text, int from, int clauseEnd)
    {
        var stop = ListEnd().Match(text, from);
        return text[from..(stop.Success && stop.Index < clauseEnd ? stop.Index : clauseEnd)];
    }

    private static (int Start, int End) Clause(string text, int at)
    {
        var start = text.LastIndexOfAny([';', '|'], Math.Max(0, at - 1));
        var end = text.IndexOfAny(['|'], at);
        var semicolon = text.IndexOf(';', at);
        // A list of persons goes on past ";" ("Co-Chairs: Mr A, ...; Mr B, ..."); a clause does not.
        if (semicolon >= 0 && !PersonAfter().IsMatch(text, semicolon + 1) && (end < 0 || semicolon < end)) end = semicolon;
        return (start < 0 ? 0 : start + 1, end < 0 ? text.Length : end);
    }

    [GeneratedRegex(
        @"(?<passive>\b(?:[Cc]o-?\s?chaired|chaired(?:\s+jointly)?)\s+(?:(?:at|on)\s+[\w\s'-]{1,30}?\s+(?:level|side)\s+|from\s+the\s+(?:outset|start)\s+)?by\s+)"
        + @"|(?<under>\bunder\s+the\s+co-?chair(?:man|woman|person)?ship\s+of\s+)"
        + @"|(?<undermember>\bunder\s+(?<um>[A-Z][\w-]*(?:\s+(?:Zealand|Lanka|Nam))?)(?:'s|\u2019s)\s+co-?chair(?:man|woman|person)?ship\b)"
        + @"|(?<were>\b[Cc]o-[Cc]hairs\s+(?:were|are)\s+)"
        + @"|(?<possessive>\b(?<pm>[A-Z][\w-]*(?:\s+(?:Zealand|Lanka|Nam))?)(?:'s|\u2019s)\s+[Cc]o-?[Cc]hair\b(?!s))"
        + @"|(?<as>\b(?:with\s+(?<with>[^;]+?)\s+)?as\s+(?:the\s+)?(?:(?<other>other)\s+|[A-Z][\w-]*\s+)?[Cc]o-?[Cc]hair(?<plural>s)?\b)"
        + @"|(?<role>(?<adj>\b[A-Z][\w-]*(?:\s+Zealand|\s+Lankan?)?\s+)?(?:Senior\s+Official\s+)?[Cc]o-[Cc]hair(?:\s+of\s+(?=(?:the\s+)?[A-Z])|,\s+(?=(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:on\s+[A-Z][\w-]*\s+)?(?:Working\s+Group|Group|Task\s+Force|Forum|Office|Mechanism|Conference)\b)))"
        + @"|(?<listed>,\s+(?:the|its|their)\s+(?:(?<lb>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)'s\s+)?[Cc]o-?[Cc]hairs\b(?=\s*[,.;]))"
        + @"|(?<apposition>(?<!\b(?:of|comprising|including)\s+the\s+)(?:\b[Cc]o-[Cc]hairs|(?<=\b(?:[Mm]y|[Oo]ur)\s)[Cc]o-[Cc]hair)(?:\s+of\s+(?<of>(?:the\s+)?(?:[A-Z][\w'-]*|\([A-Z][\w-]*\))(?:\s+(?:(?:of|on|for|in|and|the|&)\s+)*(?:[A-Z][\w'-]*|\([A-Z][\w-]*\)))*))?\s*[:,]\s+(?=[A-Z(]|the\s))"
        + @"|(?<seat>\b[Cc]o-?[Cc]hair\s+(?:role|seat|position)\b)"
        + @"|(?<active>(?:(?<!\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|two|[Bb]usiness|of|[Aa]ustralian|[Ii]ndonesian)\s+)\b[Cc]o-?[Cc]hair(?:ed|s)?|(?<=\b(?:of|in|for|finished|from)\s+)[Cc]o-?[Cc]hairing)\b(?!'|\s*:|(?<=s)\s*,|\s+(?:by|of|were|are|thanked|welcomed|noted|will|would|intend|agreed|proposed|presented|tabled|closed|opened|reported|invited|undertook|also|described|recalled|circulated|consult)\b))")]
    private static partial Regex Cue();

    [GeneratedRegex(@"\bco-?chair", RegexOptions.IgnoreCase)]
    private static partial Regex AnyCue();

    [GeneratedRegex(@"^\s+(?:role\s+|seat\s+|position\s+)?(?:for|of|on)?\s*[^,;]*?\b(?:has\s+|had\s+)?(?:passed|moved|transferred|gone)\s+from\s+(?:the\s+)?(?<from>[A-Z][^;]*?)\s+to\s+(?:the\s+)?(?<to>[A-Z][^;]*?)(?=[.;]|$)")]
    private static partial Regex PassedFromTo();

    [GeneratedRegex(@"^\s+(?:role\s+|seat\s+)?(?:was|has\s+been|had\s+been|is)\s+held\s+by\s+(?:the\s+)?(?<a>[A-Z][\w'-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'-]*)*)")]
    private static partial Regex HeldBy();

    [GeneratedRegex(@"^[^;]*?,?\s*represented\s+respectively\s+by\s+(?<a>[^;.]+)")]
    private static partial Regex RespectivelyBy();

    [GeneratedRegex(@"\b(?:completed|ended|finished)\s+(?:its|their|his|her)\s+term\b|\bstepped\s+down\b|\boutgoing\b|\bformer\b", RegexOptions.IgnoreCase)]
    private static partial Regex TermEnded();

    [GeneratedRegex(@"\bas\s+(?:the\s+)?(?<m>[A-Z][\w-]*)\s+[Cc]o-?[Cc]hair")]
    private static partial Regex AsAdjective();

    // ", which the Attorney-General's Department had held since the Group's inaugural meeting in March 2015": the agency before.
    [GeneratedRegex(@",\s*which\s+(?:the\s+)?(?<a>[A-Z][\w'-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'-]*)*)\s+had\s+held(?:\s+it)?(?<since>\s+since\b)?")]
    private static partial Regex HadHeld();

    [GeneratedRegex(@"\bSenior\s+Officials?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeniorOfficial();

    [GeneratedRegex(@"^(?<b>[A-Z][^:]{3,120}?)\s*:\s*(?<list>[A-Z].*)$")]
    private static partial Regex BodyColon();

    [GeneratedRegex(@"\b(?:co-?)?chairs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chairs();

    [GeneratedRegex(@"\G\s+through\s+(?:the\s+|its\s+)?(?<a>[A-Z][\w'-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'-]*)*)")]
    private static partial Regex Through();

    // "... from Malaysia, which had co-chaired the Group since 2016": a date of another co-chair's.
    [GeneratedRegex(@",\s+(?:which|who)\s+had\b")]
    private static partial Regex OtherParty();

    [GeneratedRegex(@"\bco-?chairs\s+of\b|\bby\s+the\s+co-?chairs\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingCoChairs();

    [GeneratedRegex(@"\bby\s+the\s+(?<m>[A-Za-z]+(?:\s+(?:Zealand|ZEALAND|Lankan|LANKAN))?)\s+co-?chair\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByTheCoChair();

    [GeneratedRegex(@"^\s*(?:Co-?Chairs?|Chairs?)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@"\b[Bb]usiness\s+[Cc]o-?[Cc]hairs?\b[^;.]*")]
    private static partial Regex Business();

    [GeneratedRegex(@"(?:^|,)\s*(?:which|who|when|while)\s+")]
    private static partial Regex WhichBefore();

    [GeneratedRegex(@"\bwith\s+(?!(?:the\s+)?(?:support|assistance|participation)\b)")]
    private static partial Regex WithParty();

    [GeneratedRegex(@"\G,\s+(?<a>[^;]+?)(?=,\s+(?:and\s+)?[a-z]|,\s*$|[.;]\s|$)")]
    private static partial Regex AppositionAfter();

    [GeneratedRegex(@"\G(?:\s+(?:seat|role|position|post))?\s+(?:of|on|at|for)\s+(?:the\s+)?(?<b>[A-Z][\w'()-]*(?:\s+(?:(?:of|on|for|in|and|the)\s+)*[A-Z][\w'()-]*)*)")]
    private static partial Regex OfBody();

    // "took over Australia's co-chair seat ... from the Australian Border Force, which had held it since 2020": the agency before.
    [GeneratedRegex(@"\b(?:took|taken|takes)\s+over\b[^;]*?\bfrom\s+(?:the\s+)?(?<a>[A-Z][\w'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'-]*)*)(?<since>,?\s+which\s+had\s+held\s+it\s+since\s+)?")]
    private static partial Regex TookOverFrom();

    [GeneratedRegex(@"(?:^|\s)(?:I|we|We|our|Our)\s|\b(?:a\s+pleasure|an\s+honou?r|a\s+privilege|proud)\s+(?:of\s+)?(?:to\s+)?$")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:a|an|the)\s+(?:small\s+|new\s+|joint\s+)?(?:drafting\s+|working\s+|steering\s+|technical\s+)?(?:committee|panel|group|task\s+force|network)\b")]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"\G\s*(?:it|them)\b")]
    private static partial Regex It();

    [GeneratedRegex(@"\b(?:It|it|This|this)\s+(?:was|were)\s*$|^\s*(?:It|This)\b")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"[,;]\s*(?:with\s+\w+|to\s+\w+|who|which|where|and\s+(?:hosted|held|was|were|agreed|reviewed|noted)|held|hosted|reviewed)\b|\s+and\s+(?:hosted|held|was|were|attended|opened|closed|reviewed)\b|(?<!\b(?:Hon|Mr|Ms|Mrs|Dr|Prof|St|Gen|Col|Lt|Jr|Amb|Rev|[A-Z]))[.!?](?:\s|$)|\s+to\s+(?!Counter\b)[a-z]+\b|,\s+(?:today|this|last|the\s+meeting)\b")]
    private static partial Regex ListEnd();

    [GeneratedRegex(@"[,;]|\s(?:who|which)\s|\s(?:opened|reflected|said|noted|emphasised|emphasized|highlighted|presented|welcomed|thanked)\b")]
    private static partial Regex RoleEnd();

    [GeneratedRegex(@"\G\s*(?:H\.\s?E\.(?=\s)|(?:Mr|Ms|Mrs|Dr|Her\s+Excellency|His\s+Excellency|the\s+Hon|Hon|Ambassador|Senior\s+Colonel|Professor)\b)")]
    private static partial Regex PersonAfter();
}
