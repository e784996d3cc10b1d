using System.Text.RegularExpressions;
using BaliTimeline.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Reading;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// Meetings held, read from every mention: a meeting named ("the Sixth Ministerial Conference, held in Bali in March
/// 2016"), numbered ("the fourth meeting was held virtually"), introduced with its date ("a virtual workshop held on
/// 5 November last year"), or said with a verb ("senior officials met on 14 April 2009"). Each mention's date, place
/// and format come from its own clause; its body from its words, its owner ("its", "the Group's"), the list it is in,
/// or the document. The verb and its tense decide whether it happened: a meeting to be held, postponed or cancelled
/// is skipped with that reason. A meeting named without any date of its own happened on or before the document's date.
/// </summary>
public static partial class MeetingRule
{
    public const string Name = "meeting";

    private static readonly HashSet<string> OneOff = ["workshop", "roundtable", "dialogue", "symposium", "seminar", "webinar", "course", "briefing", "exercise", "session", "gathering", "summit", "retreat", "forum"];

    public static void ReadFrame(ExtractionContext context)
    {
        if (context.Frame.Meeting is not { } frame) return;
        var (date, basis) = context.Frame.MeetingDate is { } mention && context.Frame.MeetingDateSentence is { } sentence
            ? context.Dates(sentence).FirstOrDefault(d => d.Start == mention.Start) is { } dated ? (dated.Date, dated.Basis) : (null, DateBasis.NotStated)
            : ((PartialDate?)null, DateBasis.NotStated);
        var head = frame.Mention?.Head ?? "meeting";
        var reading = new MeetingReading(frame.Sentence, frame.Mention?.Start ?? 0, frame.Mention?.End ?? frame.Sentence.Text.Length,
            frame.Name, frame.Mention?.Named ?? frame.Name is not null, frame.Body, frame.Mention?.Series ?? "meeting", head,
            frame.Mention?.Ordinal ?? frame.Gathering?.Ordinal, date, date is null ? DateBasis.NotStated : basis, context.Frame.Location, context.Frame.Format, FromFrame: true);
        context.Meetings.Report(reading);
    }

    public static void Read(Sentence sentence, ExtractionContext context)
    {
        var text = sentence.Text;
        if (DocumentText.IsCaption(sentence)) return;
        var found = WithPurposes(text, WithElliptic(text, MeetingMentions.Find(text)));
        var gatherings = GatheringMentions.Find(text);
        if (found.Count == 0 && gatherings.Count == 0) return;
        var dates = context.Dates(sentence);
        // "a meeting of the Task Force, including a Tabletop Exercise": part of that meeting, unless dated on its own.
        var all = found;
        var mentions = found.Where((m, i) => !Including().IsMatch(text[..m.Start])
                || dates.Any(d => d.Start >= m.End && d.Start < (i + 1 < found.Count ? found[i + 1].Start : text.Length)))
            // "the Asia Dialogue on Forced Migration observed": an organisation that does things, not a meeting.
            .Where(m => !Agent().IsMatch(text, m.End))
            // A body's name alone is the body, unless said to be held, or a listing's title under its date ("Wed 12 February 2025 / Ad Hoc Group Senior Officials' Meeting").
            .Where(m => !BodyOnly(m) || HeldRightAfter().IsMatch(text, m.End) || HeldBefore().IsMatch(text.AsSpan(0, m.Start))
                || sentence.Kind == SentenceKind.Heading && m.Start == 0 && context.DateLineAbove(sentence) is not null).ToList();
        var lead = dates.FirstOrDefault(d => d.Start <= 8 && LeadingDate().IsMatch(text[d.End..]));
        var heading = context.Heading(sentence);
        var section = context.Section(sentence);
        var above = context.DateLineAbove(sentence);
        var verdict = context.Next(sentence) is { } next && next.Block == sentence.Block ? Tense.Verdict(next.Text) : null;

        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var (clauseStart, clauseEnd) = Clause(text, m.Start);
            // Mentions read from one phrase ("the coordination and preparatory meetings") share its words.
            // A name bounds the words after the meeting before it, even a name that is not a meeting itself ("... Meeting and would
            // be published ahead of the Ministerial Conference in August"); a sentence's opening date reaches past a body's name.
            var previous = mentions.LastOrDefault(x => x.End <= m.Start && !x.Plural && x.Determiner != Determiner.Generic);
            var following = all.FirstOrDefault(x => x.Start >= m.End && !x.Plural && x.Determiner != Determiner.Generic);
            var segmentStart = Math.Min(m.Start, Math.Max(clauseStart, previous?.End ?? 0));
            var segmentEnd = Math.Max(m.End, Math.Min(clauseEnd, following?.Start ?? text.Length));
            // "... endorsed at the 12th Meeting and would be published in August 2018": the second verb's date is not the meeting's.
            if (AnotherVerb().Match(text, m.End) is { Success: true } second && second.Index < segmentEnd) segmentEnd = second.Index;
            // "The Forum met again": the body as the verb's subject, not a meeting.
            if (m.IsReference && gatherings.Any(g => m.Start < g.End && g.Start < m.End)) continue;
            // "the last Senior Officials' Meeting was held in Brisbane on 7-8 June 2004": the most recent, one meeting.
            if (m.Determiner == Determiner.Generic && !(MostRecent().IsMatch(text[..m.Start]) && HeldRightAfter().IsMatch(text, m.End))) continue;
            if (m.Plural) continue;
            // "attended his first Steering Group meeting": a person's first, not the body's.
            if (m.Possessor is "his" or "her" or "my") continue;
            // "This marks the Third Steering Group meeting", "This was the first AHG SOM since ...": the meeting just told of, restated.
            if (Restated().IsMatch(text[..m.Start]) && context.Meetings.All.Count > 0)
            {
                context.Meetings.Refer(sentence, m.Start, m.End, context.Meetings.All[^1], null, DateBasis.NotStated, null);
                continue;
            }

            // A row's leading date is its meeting's; a later cell's ("Rescheduled from December 2013") is not.
            var date = (lead is not null && lead.End <= m.Start && text.Contains(" | ", StringComparison.Ordinal) ? lead : null)
                ?? DateFor(dates, m.Start, m.End, segmentStart, segmentEnd, text)
                // "its Annual Meeting and a joint tabletop exercise ... in October 2022": one date for both.
                ?? (following is not null && Coordination().IsMatch(text[m.End..segmentEnd]) ? DateFor(dates, following.Start, following.End, following.Start, clauseEnd, text) : null)
                ?? (lead is not null && lead.End <= m.Start ? lead : null)
                ?? above
                // "On 21 June, ... the two Co-Chairs chaired a half-day workshop on ...": the sentence's date for the meeting it introduces.
                ?? (m.Determiner == Determiner.Indefinite ? dates.FirstOrDefault(d => d.Start <= 3 && d.Resolved && OpeningDate().IsMatch(text[..d.Start]) && text[d.End..].TrimStart().StartsWith(',')) : null);
            var modality = verdict ?? Tense.After(text, m.End, OwnWords(text, m.End, segmentEnd))
                ?? (following is not null && Coordination().IsMatch(text[m.End..segmentEnd]) ? Tense.After(text, following.End, OwnWords(text, following.End, clauseEnd)) : null)
                ?? Tense.Before(text, clauseStart, m.Start);
            // A section of things to come ("PROVISIONAL AGENDA") files a meeting as planned, unless its words or its past date say it was held.
            if (modality == Modality.Happened && section is { } filed && filed != Modality.Happened && !ExplicitlyHeld().IsMatch(text[m.End..segmentEnd])
                && !(date?.Date is { } past && context.Header.Date is { } issued && past.Latest < issued.Earliest)) modality = filed;
            // Dated after the document, and no verb says it happened: still to come.
            if (modality == Modality.Happened && date?.Date is { } dated && context.Header.Date is { } written && dated.Earliest > written.Latest
                && !PastVerb().IsMatch(text[clauseStart..segmentEnd])) modality = Modality.Planned;

            var body = m.Body ?? Owner(m, sentence, context, gatherings) ?? AppositiveBody(text, m.End, segmentEnd) ?? BodyJustBefore(text, m.Start);
            // An event listing: a title, then its "Location:" and "Date:" fields.
            var entry = sentence.Kind == SentenceKind.Heading && (date is null || date == above) ? Entry(sentence, context) : default;
            date ??= entry.Date;
            if (m.IsReference && modality != Modality.Happened)
            {
                context.Skip(Name, Reason(modality), sentence);
                continue;
            }
            if (m.IsReference)
            {
                // A reference takes only a date of its own words ("the Group's meeting in Colombo on 13-14 March").
                var own = date is not null && date.Start >= m.End && modality == Modality.Happened && !OtherClause().IsMatch(text[m.End..date.Start]) ? date : null;
                // "Yesterday I joined ministers at the Government and Business Forum, also held in Adelaide": a body's meeting, held.
                if (own is null && date is not null && modality == Modality.Happened && BodyOnly(m)
                    && (HeldRightAfter().IsMatch(text, m.End) || HeldBefore().IsMatch(text.AsSpan(0, m.Start)))) own = date;
                if (context.Meetings.Antecedent(m.Head, body, Clean(m.Written).Split(' ').Length == 1) is { } antecedent
                    && (own is null || antecedent.DateRank < 3 || antecedent.Overlaps(own.Date) || antecedent.Near(own.Date)))
                {
                    var (when, basis) = own is { } rd ? (rd.Date, rd.Basis) : (null, DateBasis.NotStated);
                    context.Meetings.Refer(sentence, m.Start, m.End, antecedent, when, basis, Formats.Read(text[m.End..segmentEnd]));
                    continue;
                }
                if (own is null) continue;
                date = own;
            }
            if (m.Ordinal is null && !m.Named && date is null && !LastYears().IsMatch(text[..m.Start])) continue;
            if (context.Meetings.WasNotHeld(body, m.Series, m.Ordinal, Clean(m.Written)) && !ExplicitlyHeld().IsMatch(text[m.End..segmentEnd]))
            {
                context.Skip(Name, "a meeting the document says is yet to be held", sentence);
                continue;
            }
            if (modality != Modality.Happened)
            {
                context.Meetings.NotHeld(body, m.Series, m.Ordinal, Clean(m.Written));
                context.Skip(Name, Reason(modality), sentence);
                continue;
            }
            // A meeting numbered without its body ("the Ninth Annual Meeting", "the fourth meeting") is the section's or the document's body's.
            if (body is null && (m.Ordinal is not null || m.Series == "meeting" && LastYears().IsMatch(text[..m.Start])))
            {
                // "a second conference": the Bali Process's conferences are its Ministerial Conferences.
                body = m.Head == "conference" ? BodyNames.MinisterialConference
                    : m.Series == "meeting" ? HeadingBody(heading) ?? context.DocumentBody() : HeadingBody(heading);
            }
            var (on, dateBasis) = date is { } d ? (d.Date, d.Basis) : (null, DateBasis.NotStated);
            if (date is { Resolved: false })
            {
                context.Skip(Name, $"'{text[date.Start..date.End]}' has no year, and the document gives none", sentence);
            }
            context.Meetings.Add(new MeetingReading(sentence, m.Start, m.End, Abbreviations.Expand(Clean(m.Written), context.Abbreviations), m.Named, body, m.Series, m.Head, m.Ordinal, on, dateBasis,
                Place(text, m.Start, m.End, segmentStart, lead is not null ? text.Length : segmentEnd, context) ?? entry.Location,
                Formats.Read(text[m.End..(lead is not null ? text.Length : segmentEnd)]) ?? entry.Format), introduced: LastYears().IsMatch(text[..m.Start]));
        }

        for (var i = 0; i < gatherings.Count; i++)
        {
            var g = gatherings[i];
            // "gathered in Denpasar for the first tabletop exercise": the meeting named; "met ... to review the fifth JPoA": a meeting of its own.
            if (mentions.Any(m => !m.IsReference && !BodyOnly(m) && SameClause(text, g.End, m.Start) && Math.Abs(m.Start - g.End) < 60 && m.Determiner != Determiner.Generic
                && !(m.Start > g.End && Purpose().IsMatch(text[g.End..m.Start])))) continue;
            var (clauseStart, clauseEnd) = Clause(text, g.Start);
            if (i + 1 < gatherings.Count) clauseEnd = Math.Min(clauseEnd, gatherings[i + 1].Start);
            var modality = g.Past ? Tense.Before(text, clauseStart, g.Start) : Modality.Planned;
            if (modality != Modality.Happened)
            {
                context.Skip(Name, Reason(modality), sentence);
                continue;
            }
            // "business leaders and ministers came together ... for the Bali Process Government and Business Forum": they met as that body.
            var purpose = all.FirstOrDefault(m => m.Start > g.End && SameClause(text, g.End, m.Start) && BodyOnly(m) && ForThe().IsMatch(text[..m.Start]))?.Body;
            var body = g.Body ?? purpose ?? Under(text, g.After, clauseEnd) ?? g.Gatherers switch
            {
                Gatherers.SeniorOfficials => Whose().IsMatch(text[..g.Start]) ? context.BodyBefore(sentence, g.Start) : BodyNames.SeniorOfficialsMeeting,
                Gatherers.Ministers => BodyNames.MinisterialConference,
                _ => context.BodyBefore(sentence, g.Start, g.Reference),
            };
            // "met again in Nusa Dua in August 2018 and in Adelaide in February 2023": two meetings.
            foreach (var (from, to) in Occasions(text, g.After, clauseEnd))
            {
                var date = from == g.After ? DateFor(dates, g.Start, g.After, clauseStart, to, text) : DateFor(dates, from, from, from, to, text);
                var placeFrom = from == g.After ? (i > 0 ? Math.Max(clauseStart, gatherings[i - 1].After) : clauseStart) : from;
                // "Members gathered in Bangkok": a gathering without a date or a number is not one meeting to tell apart.
                if (date is null && g.Ordinal is null && (g.Gatherers is not Gatherers.Body || !Occasion().IsMatch(text[from..to]))) continue;
                var (when, basis) = date is { } d ? (d.Date, d.Basis) : (null, DateBasis.NotStated);
                if (date is { Resolved: false }) context.Skip(Name, $"'{text[date.Start..date.End]}' has no year, and the document gives none", sentence);
                // "since we last met, in Sydney in March last year": the meeting before, not the one reported.
                context.Meetings.Add(new MeetingReading(sentence, g.Start, g.End, null, false, body, "meeting", "meeting", g.Ordinal, when, basis,
                    Place(text, g.Start, g.After, placeFrom, to, context), Formats.Read(text[g.After..to])), introduced: LastMet().IsMatch(text[g.Start..g.End]));
            }
        }
    }

    /// <summary>
    /// The fields that follow an event's title in a listing: its date, its place, its format; or, in a calendar, the
    /// line under the title that starts with the place ("Nusa Dua, Bali, Indonesia - hybrid").
    /// </summary>
    private static (DatedSpan? Date, string? Location, string? Format) Entry(Sentence title, ExtractionContext context)
    {
        var (date, location, format) = ((DatedSpan?)null, (string?)null, (string?)null);
        for (var next = context.Next(title); next is { Kind: SentenceKind.Field }; next = context.Next(next))
        {
            var key = next.Text.Split(':')[0].Trim().ToLowerInvariant();
            if (key is "date" or "dates") date ??= context.Dates(next).FirstOrDefault();
            if (key is "location" or "venue")
            {
                var place = Places.Table.FindFirst(next.Text);
                location ??= place is null ? null : Places.Table.Canonicalise(place.Written) ?? place.Written;
                format ??= Formats.Read(next.Text);
            }
            if (key is "format") format ??= Formats.Read(next.Text);
        }
        if (location is null && context.Next(title) is { } below && below.Paragraph == title.Paragraph && below.Block != title.Block
            && Places.Table.FindFirst(below.Text) is { Start: 0 } first)
        {
            var line = string.Join(" ", context.Text.Sentences.Where(s => s.Block == below.Block).Select(s => s.Text));
            location = Places.Table.Canonicalise(first.Written) ?? first.Written;
            format ??= Formats.Read(line);
        }
        return (date, location, format);
    }

    /// <summary>"Government and Business Forum", "the Ministerial Conference": a body's name alone names the body, not one of its meetings.</summary>
    private static bool BodyOnly(MeetingMention m) =>
        m.Ordinal is null && !m.Named && m.Body is not null && m.Determiner is not Determiner.Possessive
        && BodyNames.Table.FindAll(m.Written).Any(b => b.End >= m.Written.Length - 1 - (m.Written.EndsWith(')') ? m.Written.Length - m.Written.LastIndexOf('(') : 0)
            && OnlyForum().IsMatch(m.Written[..b.Start]));

    /// <summary>
    /// The words that belong to a name: up to the next comma or bar, and on through a phrase that describes it
    /// ("..., held in Bali", "..., which is to take place", "..., both to be held", "| would be held virtually").
    /// </summary>
    private static int OwnWords(string text, int from, int to)
    {
        // "... at the 12th Meeting and would be published ...": a second verb of the sentence's subject is not the meeting's.
        if (AnotherVerb().Match(text, from) is { Success: true } verb && verb.Index < to) to = verb.Index;
        // A table row's cells all describe its one event: "| Workshop ... | Kuala Lumpur | In person | - | Cancelled |".
        if (text.Contains(" | ", StringComparison.Ordinal)) return to;
        var at = from;
        while (at < to)
        {
            var cut = text.IndexOfAny([',', '|', ':'], at);
            if (cut < 0 || cut >= to) return to;
            var next = text.IndexOfAny([',', '|', ':', ';'], cut + 1);
            var phrase = text[(cut + 1)..(next < 0 || next > to ? to : next)];
            // A place or a date in apposition ("..., Jakarta: postponed", "..., Bangkok, Thailand, 02/02/2016") belongs to the name too.
            if (!Describing().IsMatch(text, cut + 1) && !PlaceOrDate().IsMatch(phrase)) return cut;
            at = cut + 1;
        }
        return to;
    }

    private static string? HeadingBody(Sentence? heading) => heading is null ? null : ExtractionContext.Bodies(heading).FirstOrDefault();

    /// <summary>"Government and Business Forum (GABF) Consultation and Innovation Session": the body named just before the name.</summary>
    private static string? BodyJustBefore(string text, int start) =>
        BodyNames.Table.FindAll(text[..start]).LastOrDefault() is { } b && b.Canonical != BodyNames.BaliProcess && JustBefore().IsMatch(text[b.End..start]) ? b.Canonical : null;

    private static string Reason(Modality modality) => modality switch
    {
        Modality.Planned => "a meeting to be held, not one held",
        Modality.Postponed => "a meeting postponed, not held",
        _ => "a meeting cancelled, not held",
    };

    /// <summary>"its second meeting", "their fourth meeting", "the Group's inaugural meeting", "our Annual Meeting": whose.</summary>
    private static string? Owner(MeetingMention m, Sentence sentence, ExtractionContext context, IReadOnlyList<GatheringMention> gatherings)
    {
        if (m.Possessor is null) return null;
        var possessor = m.Possessor.ToLowerInvariant();
        if (possessor is "its" or "their")
        {
            // "the officials of the Ad Hoc Group, who met ... for their fourth meeting": the body before the verb's subject.
            var gathering = gatherings.LastOrDefault(g => g.End <= m.Start);
            return gathering?.Body ?? context.BodyBefore(sentence, m.Start);
        }
        if (possessor is "our" or "my") return context.DocumentBody();
        return BodyNames.Table.FindAll(m.Possessor).Select(b => b.Canonical).FirstOrDefault(b => b != BodyNames.BaliProcess)
            ?? UnlistedBodies.Find(m.Possessor).FirstOrDefault()?.Name
            ?? (BodyReference.Find($"the {m.Possessor}").FirstOrDefault() is { Head: { } head } ? context.BodyBefore(sentence, m.Start, head) : null);
    }

    /// <summary>"Ad Hoc Policy Experts Gathering, Task Force on Planning and Preparedness": a body in apposition.</summary>
    private static string? AppositiveBody(string text, int end, int segmentEnd) =>
        BodyNames.Table.FindFirst(text, end) is { } b && b.Start < segmentEnd && Appositive().IsMatch(text[end..b.Start]) && b.Canonical != BodyNames.BaliProcess ? b.Canonical : null;

    /// <summary>"senior officials met in Jakarta under the Bali Process Consultation Mechanism": the body they met as.</summary>
    private static string? Under(string text, int from, int to)
    {
        var under = UnderBody().Match(text[from..to]);
        return under.Success ? BodyNames.Table.FindFirst(under.Groups["b"].Value)?.Canonical : null;
    }

    /// <summary>The date of a mention: the first after it in its segment, else the last before it.</summary>
    private static DatedSpan? DateFor(IReadOnlyList<DatedSpan> dates, int start, int end, int segmentStart, int segmentEnd, string text) =>
        For(dates.Where(d => !Since().IsMatch(text[..d.Start]) || text[d.End..].StartsWith("'s", StringComparison.Ordinal)).ToArray(), start, end, segmentStart, segmentEnd);

    private static DatedSpan? For(IReadOnlyList<DatedSpan> dates, int start, int end, int segmentStart, int segmentEnd) =>
        // "the March 2016 Bali Process Ministerial Conference": a date written into the name.
        dates.FirstOrDefault(d => d.Start < start && d.End > start)
        ?? dates.FirstOrDefault(d => d.Start >= start && d.Start < segmentEnd && d.Date?.Precision != DatePrecision.Year)
        ?? dates.FirstOrDefault(d => d.Start >= start && d.Start < segmentEnd)
        ?? dates.LastOrDefault(d => d.End <= start && d.Start >= segmentStart);

    /// <summary>The place a mention's clause names: "in Bangkok, Thailand", "here in Bali", a row's ", Sydney, Australia".</summary>
    private static string? Place(string text, int start, int end, int segmentStart, int segmentEnd, ExtractionContext context)
    {
        foreach (var place in Places.Table.FindAll(text, start).Where(p => p.Start < segmentEnd)
                     .Concat(segmentStart < start ? Places.Table.FindAll(text[..start], segmentStart) : []))
        {
            var before = text[..place.Start];
            if (!PlaceCue().IsMatch(before) && !(place.Start >= end && Listed().IsMatch(text[end..place.Start]))) continue;
            var country = CountryAfter().Match(text, place.End);
            var canonical = Places.Table.Canonicalise(place.Written) ?? place.Written;
            return country.Success && Members.Table.Canonicalise(country.Groups[1].Value) is { } c && c != canonical ? $"{canonical}, {c}" : canonical;
        }
        return Here().IsMatch(text[segmentStart..segmentEnd]) ? context.Frame.Location : null;
    }

    /// <summary>The clause around a position: between semicolons.</summary>
    private static (int Start, int End) Clause(string text, int at)
    {
        var start = text.LastIndexOf(';', Math.Max(0, at - 1));
        var end = text.IndexOf(';', at);
        return (start < 0 ? 0 : start + 1, end < 0 ? text.Length : end);
    }

    private static bool SameClause(string text, int a, int b) => Clause(text, Math.Min(a, b)) == Clause(text, Math.Max(a, b));

    /// <summary>The stretches after a meeting verb that each say where and when: split at "and in", "and before that when".</summary>
    private static IEnumerable<(int From, int To)> Occasions(string text, int from, int to)
    {
        var cuts = AnotherOccasion().Matches(text[from..to]).Select(m => from + m.Index).ToList();
        var start = from;
        foreach (var cut in cuts)
        {
            yield return (start, cut);
            start = cut;
        }
        yield return (start, to);
    }

    /// <summary>A name without its determiner, a year written before it, or the short form it defines in brackets ("... Supply Chains (Compendium)").</summary>
    private static string Clean(string written) =>
        Regex.Replace(Regex.Replace(written, @"^(?:the|a|an|its|their|our)\s+(?:(?:19|20)\d\d\s+)?|^(?:19|20)\d\d\s+", "", RegexOptions.IgnoreCase), @"(?<=\S)\s*\([^()]*\)$", "");

    /// <summary>"and the fifth took place online": an ordinal standing for the meeting named just before it.</summary>
    private static List<MeetingMention> WithElliptic(string text, IReadOnlyList<MeetingMention> mentions)
    {
        var all = mentions.ToList();
        if (all.Count == 0) return all;
        foreach (Match e in Elliptic().Matches(text))
        {
            var before = all.LastOrDefault(m => m.End <= e.Index);
            if (before is null || all.Any(m => m.Start <= e.Index && e.Index < m.End)) continue;
            var ordinal = Ordinals.Parse(e.Groups["ord"].Value);
            all.Add(before with { Start = e.Groups["ord"].Index, End = e.Index + e.Length, Written = $"{e.Groups["ord"].Value} {before.Head}", Ordinal = ordinal, Named = false, Determiner = Determiner.Definite });
        }
        return all.OrderBy(m => m.Start).ToList();
    }

    [GeneratedRegex(@"\G\s*(?:held|which|that|to\s+be|originally|initially|scheduled|planned|proposed|pencilled|both|hosted|co-?hosted|co-?chaired|convened|organi[sz]ed|postponed|cancell?ed|meeting|would|will|is|was|were|has|had|expected|due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Describing();

    [GeneratedRegex(@"^\s*(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}(?:\s*-\s*\d{1,2})?\s+[A-Z][a-z]+(?:\s+\d{4})?|[-\u2013\u2014]|\d{1,4}(?:\s+participants)?)?\s*$")]
    private static partial Regex PlaceOrDate();

    // "since 2015", "since early 2020": the start of a period, not the date of an event.
    [GeneratedRegex(@"\b(?:since|until|by)\s+(?:early\s+|late\s+|mid-?)?$|\bsince\s+(?:[A-Z][\w-]*\s+){1,3}in\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"\s(?:and|but|while)\s+(?:would|will|was|were|is|are|has|have|had|also|then|could|should|may)\b")]
    private static partial Regex AnotherVerb();

    [GeneratedRegex(@"^\s*(?:This|It|That)\s+(?:marks|marked|was|is|became|will\s+be)\s+(?:also\s+)?(?:the\s+)?$")]
    private static partial Regex Restated();

    // "The exercise also supports the Work Plan, which members endorsed in March": the date is another verb's.
    [GeneratedRegex(@"^(?!\s*,?\s*(?:which|that)\b).*\b(?:which|that|who|whose|where)\b|,\s+(?!(?:held|which|that|convened|hosted|in|on|at|from|between|both|also|then)\b)[a-z]+\s")]
    private static partial Regex OtherClause();

    [GeneratedRegex(@"\blast\s+(?:met|gathered|convened)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastMet();

    [GeneratedRegex(@"^(?:On|In|From|Between)?\s*$")]
    private static partial Regex OpeningDate();

    [GeneratedRegex(@"\bfor\s+(?:the\s+)?$")]
    private static partial Regex ForThe();

    // "last year's workshop": a meeting that happened, whether or not the document's date says when.
    [GeneratedRegex(@"\b(?:last|this)\s+(?:year|month|week)'s\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LastYears();

    [GeneratedRegex(@"\bto\s+[a-z]+\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$")]
    private static partial Regex Purpose();

    [GeneratedRegex(@"\bincluding\s+(?:a|an|the)?\s*$")]
    private static partial Regex Including();

    // A row's or an entry's leading date ("18/05/2017 | ...", "5 March - ...") dates everything on the line.
    [GeneratedRegex(@"^\s*[-|:]\s")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\G\s+(?:observed|attended|participated|presented|noted|said|sent|took\s+part)\b")]
    private static partial Regex Agent();

    [GeneratedRegex(@"\G,?\s+(?:(?:also|then|first)\s+)?(?:held|which\s+(?:was\s+held|took\s+place)|took\s+place|met|convened|ran|was\s+held|was\s+launched(?=\s+in\s+[A-Z]))\b")]
    private static partial Regex HeldRightAfter();

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?:Bali\s+Process\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyForum();

    // "Retno and I co-chaired the Government and Business Forum": a body's meeting, held.
    [GeneratedRegex(@"\b(?:co-?chaired|chaired|hosted|opened|closed|attended|joined)\s+(?:the\s+)?(?:Bali\s+Process\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeldBefore();

    [GeneratedRegex(@"\b(?:last|previous|most\s+recent)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MostRecent();

    [GeneratedRegex(@"^[^,;]*\band\s+(?:the\s+|a\s+|an\s+)?$|^[^;]*,\s*$")]
    private static partial Regex Coordination();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?[:,]?\s*$")]
    private static partial Regex JustBefore();

    /// <summary>"planning meeting for the 3rd Joint Period of Action": one meeting, held for the other, which is not held by it.</summary>
    private static List<MeetingMention> WithPurposes(string text, List<MeetingMention> mentions)
    {
        var merged = new List<MeetingMention>();
        foreach (var m in mentions)
        {
            if (merged.Count > 0 && merged[^1] is { Plural: false } held && !m.Plural && m.Start >= held.End && ForThe().IsMatch(text[held.End..m.Start]) && text[held.End..m.Start].Trim().Length <= 7)
            {
                merged[^1] = held with { End = m.End, Written = text[held.Start..m.End], Body = held.Body ?? m.Body };
                continue;
            }
            merged.Add(m);
        }
        return merged;
    }

    [GeneratedRegex(@"\b(?:the|and\s+the)\s+(?<ord>" + Ordinals.Pattern + @")(?=\s+(?:took\s+place|was\s+held|met|convened|ran)\b)")]
    private static partial Regex Elliptic();

    [GeneratedRegex(@"\b(?:held|took\s+place|convened|met|ran)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitlyHeld();

    [GeneratedRegex(@"^\s*,\s*(?:the\s+)?$")]
    private static partial Regex Appositive();

    [GeneratedRegex(@"\bunder\s+(?:the\s+)?(?<b>(?:[A-Z][\w'-]*\s+)*(?:Mechanism|Group|Forum|Conference|Office|Force))")]
    private static partial Regex UnderBody();

    [GeneratedRegex(@"\bwhose\s+$|\bwhose\s+(?:senior\s+)?officials\s+$")]
    private static partial Regex Whose();

    [GeneratedRegex(@"\b(?:in|at|here\s+in|in\s+the\s+city\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceCue();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?[,|:]\s*$")]
    private static partial Regex Listed();

    [GeneratedRegex(@"\b(?:was|were|had|did|took|met|ran|held|came|brought|began|gathered|convened|closed|opened|launched|attended|joined|hosted|co-chaired)\b")]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"\G,\s*([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")]
    private static partial Regex CountryAfter();

    [GeneratedRegex(@"\bhere\b")]
    private static partial Regex Here();

    [GeneratedRegex(@",?\s+and\s+(?=in\s+[A-Z])")]
    private static partial Regex AnotherOccasion();

    [GeneratedRegex(@"\b(?:in|on)\s+(?:[A-Z]|\d)|\b(?:yesterday|today|last\s+\w+|earlier)\b")]
    private static partial Regex Occasion();
}
