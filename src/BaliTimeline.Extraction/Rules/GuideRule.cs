using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// A guide's status, read around each mention of it: "the draft X", "the completion of X", "X was endorsed at Y",
/// "the endorsement of X", "X would be endorsed out of session", "plans to update X". A mention may be a canonical
/// name, an abbreviation the document defined, or "the guide" for the guide last named. A mention with no status
/// words around it states nothing and makes no event.
/// </summary>
public static partial class GuideRule
{
    public const string Name = "guide";

    public static IEnumerable<Fact> Read(Sentence sentence, ExtractionContext context)
    {
        if (sentence.Kind == SentenceKind.Heading) return [];
        var text = sentence.Text;
        var mentions = Mentions(text, context);
        var facts = new List<Fact>();
        var evidence = context.Evidence(sentence);
        for (var i = 0; i < mentions.Count; i++)
        {
            var (guide, start, end) = mentions[i];
            var before = text[(i == 0 ? 0 : mentions[i - 1].End)..start];
            var after = text[end..(i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length)];
            context.LastGuide = guide;

            var status = Status(before, after);
            if (status is null) continue;
            if (context.Reference is not { } reference)
            {
                context.Skip(Name, $"the status of '{guide}' is stated, but no date for it can be read", sentence);
                continue;
            }
            // A status the text reports as already reached happened on or before the meeting that noted it, unless the
            // clause dates it, or members themselves endorsed it at the meeting the document reports.
            var endorsedBy = EndorsedBy(after);
            var stated = Clauses.StatedDate(after, context);
            var settled = stated ?? (reference.Date.AsNotAfter(), reference.Basis);
            var atThisMeeting = stated is null && endorsedBy is null && reference.Basis == DateBasis.Meeting && EndorsedBefore().IsMatch(before);
            facts.Add(status switch
            {
                Reading.Endorsed => new GuideEndorsed(guide, endorsedBy, atThisMeeting ? reference.Date : settled.Date, atThisMeeting ? reference.Basis : settled.Basis, evidence),
                Reading.Completed => new GuideStatusNoted(guide, GuideStatus.Completed, settled.Date, settled.Basis, evidence),
                Reading.Draft => new GuideStatusNoted(guide, GuideStatus.Draft, reference.Date, reference.Basis, evidence),
                Reading.Pending => new GuideStatusNoted(guide, GuideStatus.EndorsementPending, reference.Date, reference.Basis, evidence),
                _ => new GuideStatusNoted(guide, GuideStatus.UpdatePlanned, reference.Date, reference.Basis, evidence),
            });
        }
        return facts;
    }

    private enum Reading { Endorsed, Completed, Draft, Pending, UpdatePlanned }

    private static Reading? Status(string before, string after) =>
        Draft().IsMatch(before) ? Reading.Draft
        : PendingAfter().IsMatch(Clauses.Following(after)) ? Reading.Pending
        : CompletedBefore().IsMatch(before) || CompletedAfter().IsMatch(after) ? Reading.Completed
        : UpdateBefore().IsMatch(before) ? Reading.UpdatePlanned
        : (EndorsedBefore().IsMatch(before) && !Seeking().IsMatch(before)) || EndorsedAfter().IsMatch(after) ? Reading.Endorsed
        : null;

    private static string? EndorsedBy(string after)
    {
        var by = By().Match(after);
        return by.Success ? by.Groups["by"].Value : null;
    }

    private static List<(string Guide, int Start, int End)> Mentions(string text, ExtractionContext context)
    {
        var mentions = GuideNames.Table.FindAll(text).Select(m => (m.Canonical, m.Start, m.End)).ToList();
        foreach (var (abbreviation, canonical) in context.GuideAbbreviations)
        {
            foreach (Match m in Regex.Matches(text, $@"(?<![\w(-]){Regex.Escape(abbreviation)}(?![\w)-])"))
            {
                if (!mentions.Any(x => x.Start < m.Index + m.Length && m.Index < x.End)) mentions.Add((canonical, m.Index, m.Index + m.Length));
            }
        }
        foreach (Match m in Unlisted().Matches(text))
        {
            // A bare "Strategy" or "Compendium" is a reference, not a name.
            if (m.Groups["name"].Value.Contains(' ') && !mentions.Any(x => x.Start < m.Index + m.Length && m.Index < x.End)) mentions.Add((m.Groups["name"].Value, m.Index, m.Index + m.Length));
        }
        if (context.LastGuide is not null || mentions.Count > 0)
        {
            foreach (Match m in TheGuide().Matches(text))
            {
                var previous = mentions.Where(x => x.End <= m.Index).OrderBy(x => x.End).LastOrDefault();
                var guide = previous.Canonical ?? context.LastGuide;
                if (guide is not null && !mentions.Any(x => x.Start < m.Index + m.Length && m.Index < x.End)) mentions.Add((guide, m.Index, m.Index + m.Length));
            }
        }
        return mentions.OrderBy(m => m.Start).ToList();
    }

    [GeneratedRegex(@"\bdraft\s+(?:of\s+the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Draft();

    [GeneratedRegex(@"^[^.;]*?\b(?:(?:would|will|is\s+to|are\s+to|to)\s+be\s+endorsed|seeking\s+endorsement|for\s+endorsement|pending\s+endorsement)", RegexOptions.IgnoreCase)]
    private static partial Regex PendingAfter();

    [GeneratedRegex(@"\b(?:completion|finali[sz]ation)\s+of\s+(?:the\s+)?(?:Bali\s+Process\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedBefore();

    [GeneratedRegex(@"^(?:\s+and\s+[\w\s]{1,40}?)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:completed|finali[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedAfter();

    [GeneratedRegex(@"\b(?:(?:plans?|planned|intends?|agreed)\s+to|will)\s+(?:update|revise)\s+(?:the\s+)?(?:Bali\s+Process\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateBefore();

    [GeneratedRegex(@"(?:\b(?:endorsed|adopted)\s+(?:the\s+|a\s+new\s+)?(?:Bali\s+Process\s+)?|\bendorsement\s+of\s+(?:the\s+|a\s+new\s+|a\s+)?(?:Bali\s+Process\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndorsedBefore();

    [GeneratedRegex(@"\b(?:seeking|seek|ahead\s+of|towards|for|await\w*|would|will|to)\s+(?:the\s+)?(?:endorse|endorsement)", RegexOptions.IgnoreCase)]
    private static partial Regex Seeking();

    [GeneratedRegex(@"^(?:\s+and\s+[\w\s]{1,40}?)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+endorsed\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndorsedAfter();

    [GeneratedRegex(@"(?:^\s+|\bendorsed\s+)(?:at|by)\s+(?:the\s+)?(?<by>(?:" + Ordinals.Pattern + @"\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w'-]*)*)")]
    private static partial Regex By();

    // "the guide", "the Toolkit": the product last named.
    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:policy\s+)?(?:guide|guidelines|toolkit|handbook|manual|compendium)\b(?!\s+(?:on|of|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TheGuide();

    // A guide or other product the canonical table does not know yet keeps the name it is written with.
    [GeneratedRegex(@"(?:Bali\s+Process\s+)?(?!(?:The|This|That|These|Its|Their)\s)(?<name>(?:[A-Z][\w'-]*\s+){0,4}?(?:Policy\s+Guide|Guide|Guidelines|Handbook|Toolkit|Manual|Compendium|Strategy|Declaration|Framework|Plan\s+of\s+Action)\b(?:\s+(?:on|for|of|to)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|on|for|to|in|and|the)\s+)*" + Phrases.NameWord + @")*)?)")]
    private static partial Regex Unlisted();
}
