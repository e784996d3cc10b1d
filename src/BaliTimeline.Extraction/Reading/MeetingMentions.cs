using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// Finds the meetings a sentence names or refers to, by their head word (meeting, conference, workshop, roundtable,
/// dialogue, gathering, symposium, forum, session, seminar, webinar, course, exercise, briefing, period of action,
/// SOM) and the words around it: an ordinal, capitalised name words and modifiers to the left, a complement to the
/// right ("of the Working Group on ...", "on protection, resettlement and repatriation"). Plurals with two
/// complements ("sessions with A and with B") are two meetings.
/// </summary>
public static partial class MeetingMentions
{
    private static readonly HashSet<string> Modifiers =
    [
        "annual", "regional", "sub-regional", "virtual", "online", "hybrid", "joint", "review", "planning", "progression",
        "design", "preparatory", "coordination", "special", "high-level", "full", "follow-up", "one-day", "two-day",
        "three-day", "four-day", "five-day", "technical", "expert", "experts", "consultation", "drafting", "commemorative",
        "tabletop", "table-top", "training", "intensive", "national", "final", "combined", "informal", "extraordinary",
        "thematic", "dedicated", "ministerial", "senior", "officials'", "officials", "practitioner", "similar", "side",
        "plenary", "parallel", "closing", "opening", "and", "policy", "private", "sector", "in-person", "coordination",
    ];

    private static readonly HashSet<string> Determiners =
    [
        "the", "this", "that", "these", "those", "a", "an", "its", "their", "our", "his", "her", "my", "each", "every", "any", "all",
        "both", "no", "some", "another", "other", "next", "last", "previous", "future", "further", "regular", "such", "subsequent",
        "upcoming", "forthcoming", "several", "many", "two", "three", "four", "recent", "today's", "yesterday's", "year's", "month's", "week's",
    ];

    private static readonly HashSet<string> Generic =
        ["each", "every", "any", "all", "no", "some", "another", "other", "next", "last", "previous", "future", "further", "regular",
         "such", "subsequent", "upcoming", "forthcoming", "several", "many"];

    // Capitalised words that describe a meeting without naming it.
    private static readonly HashSet<string> Plain =
    [
        "bali", "process", "annual", "regional", "joint", "special", "inaugural", "full", "virtual", "online", "final", "senior",
        "officials", "officials'", "meeting", "meetings", "ministerial", "conference", "the", "of", "on", "and", "for", "in",
        "high-level", "hybrid", "first", "group", "working", "anniversary", "thematic", "plenary", "opening", "closing",
    ];

    private static readonly System.Buffers.SearchValues<string> HeadWords = System.Buffers.SearchValues.Create(
        ["meeting", "conference", "workshop", "roundtable", "round table", "dialogue", "gathering", "symposi", "forum", "fora", "session", "seminar",
         "webinar", "course", "exercise", "briefing", "summit", "retreat", "training", "SOM", "JPoA", "JPA", "period"], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<MeetingMention> Find(string text)
    {
        // Most sentences name no meeting: a head word is needed before anything is worth reading.
        if (text.AsSpan().IndexOfAny(HeadWords) < 0) return [];
        var found = new List<MeetingMention>();
        foreach (Match head in Head().Matches(text))
        {
            // A head inside a name already read ("Meeting (AHG SOM)") is part of that name.
            if (found.Count > 0 && head.Index < found[^1].End) continue;
            if (ModifierOfNoun().IsMatch(text, head.Index + head.Length)) continue;
            // "ASEAN Regional Forum Inter-Sessional Meeting": a head inside a longer name is not its head.
            if (char.IsUpper(head.Value[0]) && CompoundName().IsMatch(text, head.Index + head.Length)) continue;
            var headWord = Lemma(head.Value);
            if (headWord is "som" && !head.Value.StartsWith('S')) continue;
            // "training materials", "training was provided to": a kind of work, not an event, unless it stands as one.
            if (headWord is "training" && (!TrainingEvent().IsMatch(text, head.Index + head.Length) || Conjoined().IsMatch(text[..head.Index]))) continue;
            var (start, ordinal, determiner, possessor) = LeftOf(text, head.Index);
            // "Training on the new guide had been delivered": training given, not an event, unless a word makes it one ("regional training").
            if (headWord is "training" && start == head.Index) continue;
            // A connector left dangling where the name stopped ("... Meeting and Workshop on ...") is not part of it.
            if (LeadingConnector().Match(text, start) is { Success: true } dangling && start + dangling.Length <= head.Index) start += dangling.Length;
            var capitalised = Capital().IsMatch(text[start..(head.Index + head.Length)]);
            // "meeting in Bali on 23 March", "meeting today": the verb, not the noun.
            if (start == head.Index && determiner == Determiner.None && !capitalised && Participle().IsMatch(text, head.Index + head.Length)) continue;
            var bare = !capitalised && determiner == Determiner.None && ordinal is null;
            if (headWord is "forum" && !char.IsUpper(head.Value[0]) && ordinal is null) continue;
            // "the first AHG SOM since the Conference", "the first Bali Process meeting of the pandemic": a description, not a number.
            if (ordinal == 1 && Since().IsMatch(text, head.Index + head.Length)) ordinal = null;
            var end = head.Index + head.Length;
            // "Webinar: Deceptive Online Recruitment and Trafficking Risks": a listing's title, its kind first.
            if (start == 0 && TitledEntry().Match(text, end) is { Success: true } titled)
            {
                found.Add(Build(text, 0, titled.Index + titled.Length, text[..(titled.Index + titled.Length)].Trim(), headWord, ordinal, possessor, Determiner.None, false) with { Named = true });
                continue;
            }
            var complements = new List<(int Start, int End)>();
            var bracket = Bracket().Match(text, end);
            if (bracket.Success) end = bracket.Index + bracket.Length;
            // A name's complement ("of the Working Group on ...", "on Irregular Migration"); a lower-case head takes only "of".
            var named = NamedComplement().Match(text, end);
            // "the launch at the Conference of the Bali Process Toolkit for ...": a product after the meeting, not part of its name.
            if (named.Success && ProductComplement().IsMatch(named.Value))
            {
                named = Match.Empty;
            }
            if (named.Success && (char.IsUpper(head.Value[0]) || OfComplement().IsMatch(named.Value)))
            {
                // "... Meeting on Transnational Organised Crime (SOMTC) Working Group on ...": the name of a body, not a meeting.
                if (TopicBody().IsMatch(named.Value)) continue;
                // "... Meeting of the Working Group and Government and Civil Society Roundtable": the second is another meeting.
                var another = AnotherMeeting().Match(named.Value);
                end = another.Success ? named.Index + another.Index : named.Index + named.Length - TrailingPlace(named.Value);
            }
            else if (TopicHeads.Contains(headWord) && Topic().Match(text, end) is { Success: true } topic)
            {
                complements.Add((topic.Index, topic.Index + topic.Length));
                for (var next = Coordinated().Match(text, topic.Index + topic.Length); next.Success && next.Groups["p"].Value == topic.Groups["p"].Value;
                     next = Coordinated().Match(text, next.Index + next.Length))
                {
                    complements.Add((next.Groups["t"].Index, next.Index + next.Length));
                }
                end = complements[0].End;
            }
            // A lower-case head with no determiner is a kind of thing, not one meeting ("a forum for policy dialogue"),
            // unless it is a plural that goes on to name its meetings one by one.
            // A cell or an entry may open on it: "Disruption Working Group: planning meeting for ...".
            if (bare && !(complements.Count > 1 || Ones(text, end).Count > 1 || CellStart().IsMatch(text[..start]))) continue;
            var plural = headWord == "period of action"
                ? head.Value.EndsWith("As", StringComparison.Ordinal) || head.Value.Contains("periods", StringComparison.OrdinalIgnoreCase)
                : head.Value.EndsWith('s') && !head.Value.EndsWith("ss", StringComparison.Ordinal)
                  || head.Value.EndsWith('S') && !head.Value.EndsWith("SS", StringComparison.Ordinal) && headWord != "som"
                  || head.Value.ToLowerInvariant() is "symposia" or "fora";
            var written = text[start..end].Trim();
            var mention = Build(text, start, end, written, headWord, ordinal, possessor, determiner, plural);
            if (plural && Coordinated(text, start, head.Index) is { Count: > 1 } kinds)
            {
                // "the coordination and preparatory meetings": one meeting of each kind.
                found.AddRange(kinds.Select(k => mention with { Written = $"{k} {Singular(head.Value)}", Plural = false, Named = false, Determiner = Determiner.Indefinite }));
                continue;
            }
            if (plural && Ones(text, end) is { Count: > 1 } ones)
            {
                // "the two workshops we held last year, one in Bali in June on protection ..., and one in Manila ...".
                found.AddRange(ones.Select(o => mention with { Start = o.Start, End = o.End, Written = $"{Singular(head.Value)} {o.Topic}".Trim(), Plural = false, Named = false, Determiner = Determiner.Indefinite }));
                continue;
            }
            if (plural && complements.Count > 1)
            {
                // "similar sessions with A and with B": one meeting each.
                var stem = text[start..complements[0].Start].TrimEnd();
                foreach (var (cStart, cEnd) in complements)
                {
                    found.Add(mention with { End = cEnd, Written = $"{Singular(stem)} {text[cStart..cEnd].Trim()}", Plural = false, Named = false, Determiner = Determiner.Indefinite });
                }
                continue;
            }
            found.Add(mention);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static MeetingMention Build(string text, int start, int end, string written, string head, int? ordinal, string? possessor, Determiner determiner, bool plural)
    {
        var unbracketed = Brackets().Replace(written, "");
        var bodies = BodyNames.Table.FindAll(unbracketed).ToArray();
        var body = bodies.Where(b => b.Canonical != BodyNames.BaliProcess).OrderByDescending(b => b.End - b.Start).FirstOrDefault()?.Canonical
            ?? UnlistedBodies.Find(unbracketed).FirstOrDefault()?.Name;
        var words = NameWords().Matches(unbracketed).Select(w => w.Value).ToArray();
        var bodyWords = bodies.SelectMany(b => b.Written.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.ToLowerInvariant()).ToHashSet();
        var named = words.Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w.TrimEnd('\''))
            .Any(w => w.Length > 0 && char.IsUpper(w[0]) && Ordinals.Parse(w) is null && !Plain.Contains(w.ToLowerInvariant()) && !bodyWords.Contains(w.ToLowerInvariant())
            && Places.Table.Canonicalise(w) is null && !Year().IsMatch(w) && !head.Split(' ').Contains(w.ToLowerInvariant()) && !HeadWord().IsMatch(w));
        return new MeetingMention(start, end, written, head, ordinal, body, possessor, determiner, named, plural);
    }

    /// <summary>Walks left from the head over the words that belong to the name: ordinals, capitalised words, modifiers.</summary>
    private static (int Start, int? Ordinal, Determiner Determiner, string? Possessor) LeftOf(string text, int headStart)
    {
        var start = headStart;
        int? ordinal = null;
        var tokens = TokensBefore(text, headStart);
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            var word = token.Value;
            var lower = word.ToLowerInvariant();
            // Another head to the left is another meeting ("Ninth Annual Meeting and Workshop on ..."); so is a body's
            // whole name before "and" ("... Working Group and Government and Civil Society Roundtable").
            if (HeadWord().IsMatch(word) && Lemma(word) != "som" && !(char.IsUpper(word[0]) && char.IsUpper(text[start]) && start > token.Index && text[(token.Index + token.Length)..start].Trim().Length == 0)) break;
            if (lower == "and" && BodyNames.Table.FindAll(text[..token.Index]).LastOrDefault() is { } body && text[body.End..token.Index].Trim().Length == 0
                && body.Canonical != BodyNames.BaliProcess) break;
            // Only words separated by spaces belong together; a comma, colon or bracket ends the name, but for an
            // abbreviation in brackets before the head ("Government and Business Forum (GABF) workshop").
            var gap = text[(token.Index + token.Length)..start];
            if (gap.Trim().Length > 0 && !(gap.Trim() == ")" && i > 0 && text[..token.Index].TrimEnd().EndsWith('('))) break;
            if (word.ToUpperInvariant() == word && text[..token.Index].TrimEnd().EndsWith('(') && gap.Trim() == ")")
            {
                start = text.LastIndexOf('(', token.Index);
                continue;
            }
            if (Ordinals.Parse(word) is { } n)
            {
                // "the Bali Process 20th Anniversary Constructive Dialogue": part of the name, not the dialogue's number.
                if (!Anniversary().IsMatch(text, token.Index + token.Length)) ordinal ??= n;
                start = token.Index;
                continue;
            }
            if (Possessive().Match(word) is { Success: true } owner && char.IsUpper(word[0]))
            {
                // "the Group's inaugural meeting", "the Forum's Tech Forum": the owner, then its own determiner.
                var ownerStart = token.Index;
                var j = i - 1;
                while (j >= 0 && IsNameWord(tokens[j].Value) && text[(tokens[j].Index + tokens[j].Length)..ownerStart].Trim().Length == 0)
                {
                    ownerStart = tokens[j].Index;
                    j--;
                }
                return (ownerStart, ordinal, Determiner.Possessive, text[ownerStart..(token.Index + owner.Groups[1].Length)]);
            }
            // "Following the Money Forum": "the" inside a name, after a capitalised gerund.
            if (lower == "the" && i > 0 && IsNameWord(tokens[i - 1].Value) && tokens[i - 1].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && start < headStart && char.IsUpper(text[start]))
            {
                start = token.Index;
                continue;
            }
            if (Determiners.Contains(lower))
            {
                var possessive = lower is "its" or "their" or "our" or "his" or "her" or "my";
                return (possessive ? token.Index : start, ordinal,
                    possessive ? Determiner.Possessive : Generic.Contains(lower) ? Determiner.Generic : lower is "a" or "an" or "two" or "three" or "four" or "year's" or "month's" or "week's" ? Determiner.Indefinite : Determiner.Definite,
                    possessive ? lower : null);
            }
            // "RSO document examination course": plain nouns between a body's initials and the head belong to the name.
            if (char.IsLower(word[0]) && Acronym(tokens, i, text) is { } acronym)
            {
                start = tokens[acronym].Index;
                i = acronym;
                continue;
            }
            // "half-day", "two-week", "regional", "technical": modifiers of a kind of meeting.
            var modifier = Modifiers.Contains(lower) || char.IsLower(word[0]) && (word.Contains('-') && !word.StartsWith("co-", StringComparison.Ordinal) || lower.EndsWith("al", StringComparison.Ordinal) && lower.Length > 4);
            if (IsNameWord(word) || modifier || (lower is "of" or "on" or "for" or "&" or "in" && i > 0 && IsNameWord(tokens[i - 1].Value)))
            {
                if (Months().IsMatch(word) || lower is "and" && (i == 0 || !(IsNameWord(tokens[i - 1].Value) || Ordinals.Parse(tokens[i - 1].Value) is not null || Modifiers.Contains(tokens[i - 1].Value.ToLowerInvariant())))) break;
                if (lower is "final" or "first") break;
                start = token.Index;
                continue;
            }
            // "the regional document fraud workshop": plain nouns between a determiner and the head belong to the name.
            if (char.IsLower(word[0]) && Compound(tokens, i, text) is { } determiner)
            {
                start = tokens[determiner + 1].Index;
                i = determiner + 1;
                continue;
            }
            break;
        }
        return (start, ordinal, Determiner.None, null);
    }

    /// <summary>The index of "the" or "a" up to three plain nouns left of token <paramref name="i"/>, if only such nouns stand between.</summary>
    private static int? Compound(List<Token> tokens, int i, string text)
    {
        for (var j = i; j >= 0 && j >= i - 3; j--)
        {
            var word = tokens[j].Value;
            if (j < i && text[(tokens[j].Index + tokens[j].Length)..tokens[j + 1].Index].Trim().Length > 0) return null;
            if (j < i && word is "the" or "a" or "an") return j;
            if (!char.IsLower(word[0]) || Determiners.Contains(word) || Stopping.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) return null;
        }
        return null;
    }

    /// <summary>The index of a body's initials ("RSO", "GABF") up to three plain words left of token <paramref name="i"/>, if there is one.</summary>
    private static int? Acronym(List<Token> tokens, int i, string text)
    {
        for (var j = i; j >= 0 && j >= i - 3; j--)
        {
            var word = tokens[j].Value;
            if (j < i && text[(tokens[j].Index + tokens[j].Length)..tokens[j + 1].Index].Trim().Length > 0) return null;
            if (word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '-') && BodyNames.Table.Canonicalise(word) is not null) return j;
            if (!char.IsLower(word[0]) || Determiners.Contains(word) || Stopping.Contains(word)) return null;
        }
        return null;
    }

    private static readonly HashSet<string> Stopping =
        ["in", "on", "at", "of", "for", "by", "with", "to", "from", "and", "or", "was", "were", "is", "are", "held", "has", "had", "which", "that",
         "holds", "hosts", "launches", "meets", "convenes", "opens", "closes", "welcomes", "presents", "releases", "publishes", "marks", "brings",
         "leads", "supports", "runs", "delivers", "organises", "organizes", "continues", "begins", "starts", "plans", "announces", "reviews"];

    private static bool IsNameWord(string word) =>
        (char.IsUpper(word[0]) || (char.IsDigit(word[0]) && Year().IsMatch(word))) && !Stops.Contains(word) && !Months().IsMatch(word);

    // Capitalised words that begin sentences and clauses rather than names.
    private static readonly HashSet<string> Stops =
    [
        "The", "A", "An", "This", "That", "These", "Those", "On", "In", "At", "From", "During", "After", "Before", "By", "For", "With",
        "Since", "Members", "Ministers", "Participants", "Delegates", "We", "They", "It", "Its", "Our", "Their", "Today", "Yesterday",
        "Earlier", "Later", "Between", "Over", "Under", "As", "When", "While", "Recalling", "Welcoming", "Acknowledging", "Noting",
        "I", "He", "She", "Both", "Each", "All", "Then", "Also", "Co-Chairs", "Co-chairs", "Chairs",
    ];

    private static readonly HashSet<string> TopicHeads = ["workshop", "webinar", "course", "session", "dialogue", "roundtable", "seminar", "briefing", "symposium", "meeting", "exercise", "training"];

    private static string Lemma(string head)
    {
        var h = Regex.Replace(head.ToLowerInvariant(), @"\s+", " ");
        if (h.Contains("period", StringComparison.Ordinal) || h is "jpoa" or "jpoas" or "jpa" or "jpas") return "period of action";
        if (h is "round table" or "round tables") return "roundtable";
        if (h is "symposia") return "symposium";
        if (h is "fora") return "forum";
        if (h is "soms") return "som";
        return h.EndsWith('s') && !h.EndsWith("ss", StringComparison.Ordinal) && h != "som" ? h[..^1] : h;
    }

    private static string Singular(string stem) => Regex.Replace(stem, @"s$", "");

    /// <summary>The "one in Bali in June on X" parts that follow a plural head, each with its topic.</summary>
    private static List<(int Start, int End, string Topic)> Ones(string text, int from)
    {
        var starts = One().Matches(text, from).Select(m => (Start: m.Groups["one"].Index, Cut: m.Index)).ToList();
        var parts = new List<(int, int, string)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Cut : text.Length;
            var segment = text[starts[i].Start..end];
            var topic = OneTopic().Match(segment);
            parts.Add((starts[i].Start, end, topic.Success ? topic.Value.Trim().TrimEnd('.', ',') : ""));
        }
        return parts;
    }

    /// <summary>"coordination and preparatory" before a plural head: the kinds it coordinates, one meeting each.</summary>
    private static List<string>? Coordinated(string text, int start, int headStart)
    {
        var modifiers = text[start..headStart].Trim();
        var parts = Regex.Split(modifiers, @"\s*,\s*|\s+and\s+");
        return parts.Length > 1 && parts.All(p => p.Length > 0 && char.IsLower(p[0]) && !p.Contains(' ')) ? parts.ToList() : null;
    }

    private static int TrailingPlace(string complement)
    {
        var trailing = TrailingIn().Match(complement);
        return trailing.Success && Places.Table.Canonicalise(trailing.Groups["place"].Value) is not null ? trailing.Length : 0;
    }

    // A press conference is the media's, not a meeting of the Bali Process.
    [GeneratedRegex(@"(?<!\b(?i:press|media|news)\s)(?<!\b(?:out\s+of|in)\s)\b(?:(?:joint\s+)?periods?\s+of\s+action|JPoAs?|JPAs?|round\s+tables?|meetings?|conferences?|workshops?|roundtables?|dialogues?|gatherings?|symposi(?:um|ums|a)|forums?|fora|sessions?|seminars?|webinars?|courses?|exercises?|briefings?|summits?|retreats?|trainings?|SOMs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Head();

    [GeneratedRegex(@"^(?:meetings?|conferences?|workshops?|roundtables?|dialogues?|gatherings?|forums?|sessions?|webinars?|courses?)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadWord();

    // "Meeting summary", "Forum Work Plan", "Conference Centre": the head word names another thing.
    [GeneratedRegex(@"\G(?:'s)?\s+(?:summary|summaries|report|reports|record|records|room|centre|center|secretariat|work\s+plan|series|materials|outcomes?|statement|declaration|chairs?|co-chairs?|participants|host|venue|programme|program|agenda|documents?|papers?|format|dates?|mechanism|process|cycle|members?|business|calendar|minutes|notes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierOfNoun();

    [GeneratedRegex(@"\G(?:\s+(?:on|for|in|at|with|to|from|was|were|took|held|ran|attended|delivered|organi[sz]ed|hosted|co-\w+)\b|\s*(?:[,.:;|)]|$))")]
    private static partial Regex TrainingEvent();

    [GeneratedRegex(@"\G(?:\s+[A-Z][\w'-]*){1,3}\s+(?:Meeting|Conference|Workshop|Roundtable|Dialogue|Seminar|Symposium|Session)s?\b")]
    private static partial Regex CompoundName();

    [GeneratedRegex(@"\G:\s+[A-Z][^.:;|]*$")]
    private static partial Regex TitledEntry();

    [GeneratedRegex(@"\b(?:and|or)\s+$|&\s*$")]
    private static partial Regex Conjoined();

    [GeneratedRegex(@"(?:^|[:|]|\s-)\s*$")]
    private static partial Regex CellStart();

    // "(GABF) workshop": the bracket belongs to the next name; "(JPoA) ran from": to this one.
    [GeneratedRegex(@"\G\s*\((?:[A-Z][\w -]{0,20})\)(?!\s+(?:[a-z][\w-]*\s+){0,2}(?:meetings?|workshops?|sessions?|seminars?|webinars?|courses?|dialogues?|roundtables?|trainings?|exercises?)\b)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"[,;]\s*(?:and\s+)?(?<one>one)\s+(?=in|at|on|held|for|with|hosted)\b")]
    private static partial Regex One();

    [GeneratedRegex(@"\b(?:on|for|with)\s+(?![A-Z]|\d)[a-z][\w'-]*(?:,?\s+(?!in\s+[A-Z])[a-z][\w'-]*)*")]
    private static partial Regex OneTopic();

    [GeneratedRegex(@"\G(?:(?:and|in|of|on|for|the|&)\s+)+")]
    private static partial Regex LeadingConnector();

    [GeneratedRegex(@"(?:^|\s)\(?[A-Z0-9]")]
    private static partial Regex Capital();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?(?:Bali\s+Process\s+)?(?:[A-Z][\w'-]*\s+){0,5}(?:Toolkit|Handbook|Guide|Guidelines|Manual|Compendium|Checklist|Brief|Module)\b")]
    private static partial Regex ProductComplement();

    [GeneratedRegex(@"^\s+(?:on|for)\s.*\b(?:Working\s+Group|Group|Committee|Task\s+Force|Network|Mechanism)\b")]
    private static partial Regex TopicBody();

    [GeneratedRegex(@"\s+and\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:(?:and|of|on|for|&)\s+)?){0,6}(?:Meeting|Conference|Workshop|Roundtable|Round\s+Table|Dialogue|Gathering|Symposium|Forum|Session|Seminar|Webinar|Course)s?\b")]
    private static partial Regex AnotherMeeting();

    [GeneratedRegex(@"^\s+(?i:of)\s")]
    private static partial Regex OfComplement();

    [GeneratedRegex(@"\G\s+(?:in|on|at|for|today|again|here|virtually|online|alongside)\b")]
    private static partial Regex Participle();

    [GeneratedRegex(@"\G(?:\s+\w+)?\s+(?:since|of\s+the\s+pandemic|with\s+in-person|in\s+person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    // A capitalised word of a name, or an abbreviation in brackets ("(TEG-RR)"); never a bracketed date ("(7-8 November)").
    private const string Word = @"(?:[A-Z][\w'&-]*|\([A-Z][\w -]*\))";

    // "of the Working Group on Trafficking in Persons", "on Irregular Migration in the Indian Ocean": a capitalised complement.
    [GeneratedRegex(@"\G\s+(?i:of|on|for|into|at)\s+(?:(?i:the)\s+)?(?:People\s+Smuggling,\s+Trafficking\s+in\s+Persons\s+and\s+Related\s+Transnational\s+Crime|" + Word + @"(?:\s+(?:(?i:of|on|for|to|in|and|the|into|at|&)\s+)*(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)" + Word + @")*)")]
    private static partial Regex NamedComplement();

    // "on protection, resettlement and repatriation", "with the fisheries and seafood sector": a topic in lower case.
    [GeneratedRegex(@"\G\s+(?<p>on|for|with)\s+(?<t>(?!(?:the|a|an)\s+(?:[A-Z]|\d))(?:the\s+)?(?!(?:the|a|an)\b)[a-z][\w'-]*(?:(?:,\s+|\s+)(?!(?:held|hosted|co-\w+|convened|organi[sz]ed|took|ran|drew|attracted|brought|focused|featured|covered|gave|saw|began|ended|concluded|opened|closed|heard|included|discussed|explored|examined|considered|looked|addressed|involved|provided|offered|aimed|which|that|where|when|who|at|from|between|by|under|in|on|and\s+(?:with|on|for|in)|and\s+one|to|was|were|is|are|has|have|had|will|would)\b)[a-z][\w'-]*){0,9})")]
    private static partial Regex Topic();

    [GeneratedRegex(@"\G\s+and\s+(?<p>on|for|with)\s+(?<t>(?:the\s+)?[a-z][\w'-]*(?:\s+(?!(?:held|hosted|co-\w+|which|that|both|at|in|on|by|and\s+(?:with|on|for))\b)[a-z][\w'-]*){0,9})")]
    private static partial Regex Coordinated();

    /// <summary>A word of a sentence at [Index, Index + Length).</summary>
    private readonly record struct Token(int Index, int Length, string Value);

    /// <summary>
    /// The words just before a head, in order: a name is a few words, so a few dozen are read, from the head back,
    /// not the whole sentence. A word is letters, digits and the apostrophes, ampersands and hyphens inside names.
    /// </summary>
    private static List<Token> TokensBefore(string text, int headStart)
    {
        var words = new List<Token>();
        var end = headStart;
        while (words.Count < 24)
        {
            while (end > 0 && !IsWordChar(text[end - 1])) end--;
            if (end == 0) break;
            var start = end;
            while (start > 0 && IsWordChar(text[start - 1])) start--;
            words.Add(new Token(start, end - start, text[start..end]));
            end = start;
        }
        words.Reverse();
        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '\'' or '\u2019' or '&' or '-';

    [GeneratedRegex(@"[A-Za-z][\w'-]*")]
    private static partial Regex NameWords();

    // "the Group's", "the RSO's"; a plural's apostrophe ("Senior Officials' Meeting") belongs to the name.
    [GeneratedRegex(@"^([A-Z][\w-]*)'s$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December)$")]
    private static partial Regex Months();

    [GeneratedRegex(@"\G\s+Anniversary\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anniversary();

    [GeneratedRegex(@"\s+(?:in|at)\s+(?<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$")]
    private static partial Regex TrailingIn();
}
