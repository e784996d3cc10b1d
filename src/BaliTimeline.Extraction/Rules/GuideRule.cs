using System.Text.RegularExpressions;
using BaliTimeline.Facts;
using BaliTimeline.Extraction.Reading;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// A guide's or other product's status, read from the verb around each mention of it: drafted ("the draft X", "drafting
/// had begun on X", "a first outline of X is being prepared"), completed ("the completion of X", "X, completed in 2021"),
/// endorsed ("endorsed X", "X was endorsed at ...", "members confirmed their endorsement"), to be endorsed ("X would be
/// endorsed out of session", "put ... for endorsement"), launched ("launched X", "the launch of X"), published ("today
/// published X"). A mention with no status, a status still to come ("will update", "would be published"), or one
/// denied ("has not been put ... for endorsement") makes no event. The date is the clause's own, else the meeting
/// that endorsed it, else the document's meeting, else on or before the document's date.
/// </summary>
public static partial class GuideRule
{
    public const string Name = "guide";

    private enum Reading { Draft, Completed, Pending, Endorsed, Launched, Published }

    public static IEnumerable<Fact> Read(Sentence sentence, ExtractionContext context)
    {
        var text = sentence.Text;
        var mentions = ProductMentions.Find(text);
        var facts = new List<Fact>();
        // Nothing named, and nothing named before for "it" or "a draft" to stand for.
        if (mentions.Count == 0 && context.LastProduct is null) return facts;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var name = mention.Reference ? Referent(text[mention.Start..mention.End], context) : Abbreviations.Expand(mention.Name, context.Abbreviations);
            // "the Follow the Money Guide and its associated training module": a product of its own, named after its guide.
            if (!mention.Reference && name == ProductMentions.TrainingModule && context.LastProduct is { } parent) name = $"Training module for the {parent}";
            // "a training module to accompany the Policy Guide": the guide meant is the one last named.
            if (!mention.Reference && name is not null && context.LastProduct is { } guide && BareGuide().Match(name) is { Success: true } bare) name = name[..bare.Index] + guide;
            if (!mention.Reference && name is not null)
            {
                context.LastProduct = name;
                context.Products.Add(name);
            }
            if (name is null) continue;
            var before = text[StartOfClause(text, mention.Start, i > 0 ? mentions[i - 1].End : 0)..mention.Start];
            var afterEnd = i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length;
            var after = text[mention.End..ClauseEnd(text, mention.End, afterEnd)];
            // "June 2019 | Handbook on ... | - | Launched online": a row's product, its status in a later cell.
            if (after.Trim().Length == 0 && Cells().Match(text, mention.End) is { Success: true } cells) after = " " + text[(cells.Index + cells.Length)..ClauseEnd(text, cells.Index + cells.Length, text.Length)];
            // "The Policy Guide on A and the Policy Guide on B were completed": one status for both.
            if (i + 1 < mentions.Count && !ItOrThem().IsMatch(text[mentions[i + 1].Start..mentions[i + 1].End]) && text[mention.End..mentions[i + 1].Start].Trim() is "and" or "and the")
            {
                var next = mentions[i + 1];
                after = text[next.End..ClauseEnd(text, next.End, i + 2 < mentions.Count ? mentions[i + 2].Start : text.Length)];
            }
            // "the Policy Guides on A and on B": one status for both.
            if (i > 0 && mentions[i - 1].End >= mention.Start - 12 && text[mentions[i - 1].End..mention.Start].Trim() is "and" or "and on" or "and the" or "and for")
            {
                before = text[StartOfClause(text, mentions[i - 1].Start, i > 1 ? mentions[i - 2].End : 0)..mentions[i - 1].Start];
            }
            // "it" and "them" stand for the product only with a status of their own ("that it be endorsed").
            if (mention.Reference && ItOrThem().IsMatch(text[mention.Start..mention.End]) && !ReferenceCue().IsMatch(after)) continue;
            // "revise the draft Forward Work Plan and put it to members": "it" is the plan named just before.
            if (mention.Reference && ItOrThem().IsMatch(text[mention.Start..mention.End]) && WorkPlanMentions.Find(text[..mention.Start]).Count > 0) continue;
            // "the draft Compendium": the draft is in the reference itself, unless its words say more ("the revised draft be sent ... for endorsement").
            var status = Status(before, after) ?? (mention.Reference && DraftWord().IsMatch(text[mention.Start..mention.End]) ? Reading.Draft : null);
            if (status is null) continue;
            facts.Add(Fact(name, status.Value, sentence, text, mention, after, context));
            // Two verbs, two facts: "Members endorsed the Checklist, which the RSO finalised in September"; "the Guide,
            // endorsed by senior officials in 2019, was published by the RSO in October 2019".
            if (VerbAfter().IsMatch(after) && BeforeStatus(before) is { } first && first != status)
            {
                facts.Add(Fact(name, first, sentence, text, mention, "", context));
            }
            else if (SecondVerb().Match(after) is { Success: true } second && Of(second.Groups["verb"].Value) is var then && then != status)
            {
                var from = mention.End + second.Groups["verb"].Index;
                facts.Add(Fact(name, then, sentence, text, mention with { End = from }, text[from..(mention.End + after.Length)], context));
            }
        }
        // "Earlier this month, members confirmed their endorsement", "members worked through a draft", "the Co-Chairs will
        // seek the endorsement of members": the product last named.
        if (facts.Count == 0 && context.LastProduct is { } last)
        {
            var confirmed = Confirmed().Match(text);
            var draft = DraftOfIt().Match(text);
            var seek = SeekEndorsement().Match(text);
            var launch = ItsLaunch().Match(text);
            var (at, reading) = confirmed.Success ? (confirmed, Reading.Endorsed) : draft.Success ? (draft, Reading.Draft) : launch.Success ? (launch, Reading.Launched) : (seek, Reading.Pending);
            if (at.Success)
            {
                facts.Add(Fact(last, reading, sentence, text, new ProductMention(at.Index, at.Index + at.Length, last, true), text[(at.Index + at.Length)..], context));
            }
        }
        return facts;
    }

    private static Fact Fact(string guide, Reading status, Sentence sentence, string text, ProductMention mention, string after, ExtractionContext context)
    {
        var evidence = context.Evidence(sentence);
        var clause = context.Dates(sentence).Where(d => d.Resolved && !Since().IsMatch(text[..d.Start])).ToArray();
        // A date in the status's own words ("launched in April 2023", "completed in 2021"), or an entry's leading date.
        var stated = clause.FirstOrDefault(d => d.Start >= mention.End && d.Start < mention.End + after.Length + 1 && d.Start - mention.End < 60)
            ?? clause.FirstOrDefault(d => d.End <= mention.Start && mention.Start - d.End < 60)
            ?? clause.FirstOrDefault(d => d.Start <= 8 && Lead().IsMatch(text[d.End..]));
        var by = By().Match(after) is { Success: true } b ? b.Groups["by"].Value.Trim() : null;
        var meeting = context.Meetings.In(sentence).Where(m => m.End <= mention.Start || by is not null).Select(m => m.Meeting).LastOrDefault();
        var (date, basis) = stated is not null ? (stated.Date, stated.Basis)
            : status is Reading.Endorsed or Reading.Completed && meeting?.Date is { } met && meeting.DateRank >= 3 ? (met, meeting.DateBasis)
            : status is Reading.Draft or Reading.Pending && context.Reference is { } r ? (r.Date, r.Basis)
            : context.Bound is { } bound ? (bound.Date, bound.Basis)
            : ((PartialDate?)null, DateBasis.NotStated);
        return status switch
        {
            Reading.Endorsed => new GuideEndorsed(guide, by ?? (meeting is not null && meeting.DateRank >= 3 ? meeting.Name : null), date, basis, evidence),
            _ => new GuideStatusNoted(guide, status switch
            {
                Reading.Draft => GuideStatus.Draft,
                Reading.Completed => GuideStatus.Completed,
                Reading.Pending => GuideStatus.EndorsementPending,
                Reading.Launched => GuideStatus.Launched,
                _ => GuideStatus.Published,
            }, date, basis, evidence),
        };
    }

    /// <summary>"The guide", "the module", "the toolkit": the last product of that kind named; "it", "the revised text": the last product.</summary>
    private static string? Referent(string written, ExtractionContext context) =>
        KindWord().Match(written) is { Success: true } kind
            ? context.Products.LastOrDefault(p => KindWord().Match(p) is { Success: true } own && own.Value.Equals(kind.Value, StringComparison.OrdinalIgnoreCase)) ?? context.LastProduct
            : context.LastProduct;

    /// <summary>A status said by the verb before the name alone ("endorsed the X"), for a name whose relative clause says another.</summary>
    private static Reading? BeforeStatus(string before) =>
        DraftBefore().IsMatch(before) ? Reading.Draft
        : PendingBefore().IsMatch(before) ? Reading.Pending
        : CompletedBefore().IsMatch(before) ? Reading.Completed
        : EndorsedBefore().IsMatch(before) ? Reading.Endorsed
        : LaunchedBefore().IsMatch(before) ? Reading.Launched
        : PublishedBefore().IsMatch(before) ? Reading.Published
        : null;

    private static Reading? Status(string before, string after)
    {
        if (Denied().IsMatch(after)) return null;
        // "..., which the RSO published the same week", "The Guide itself was endorsed by ...": the verb after the name.
        if (VerbAfter().Match(after) is { Success: true } verb && !FutureAfter().IsMatch(after)) return Of(verb.Groups["verb"].Value);
        if (DraftBefore().IsMatch(before) || DraftAfter().IsMatch(after)) return Reading.Draft;
        if (PendingAfter().IsMatch(after) || PendingBefore().IsMatch(before)) return Reading.Pending;
        if (Future().IsMatch(before) || FutureAfter().IsMatch(after)) return null;
        if (CompletedBefore().IsMatch(before) || CompletedAfter().IsMatch(after)) return Reading.Completed;
        if (EndorsedBefore().IsMatch(before) || EndorsedAfter().IsMatch(after)) return Reading.Endorsed;
        if (LaunchedBefore().IsMatch(before) || LaunchedAfter().IsMatch(after)) return Reading.Launched;
        if (PublishedBefore().IsMatch(before) || PublishedAfter().IsMatch(after)) return Reading.Published;
        return null;
    }

    private static Reading Of(string verb) => verb.ToLowerInvariant() switch
    {
        "published" => Reading.Published,
        "launched" => Reading.Launched,
        "completed" or "finalised" or "finalized" => Reading.Completed,
        "drafted" => Reading.Draft,
        _ => Reading.Endorsed,
    };

    private static int StartOfClause(string text, int at, int floor)
    {
        var stop = text.LastIndexOfAny([';', '|', '.'], Math.Max(0, at - 1));
        return Math.Max(floor, stop < 0 ? 0 : stop + 1);
    }

    private static int ClauseEnd(string text, int from, int limit)
    {
        var stop = text.IndexOfAny([';', '|'], from);
        return stop < 0 || stop > limit ? limit : stop;
    }

    [GeneratedRegex(@"\b(?:draft|drafts\s+of|(?:first\s+)?(?:full\s+|final\s+)?drafts?\s+of(?:\s+the\s+(?:second|third|new|revised)\s+edition\s+of)?|first\s+outline\s+of|outline\s+of|drafting\s+(?:had\s+|has\s+)?(?:begun|began|started|commenced)(?:\s+[^.;]{0,25}?)?\s+on|draft\s+(?:second\s+|new\s+)?edition\s+of|revised\s+draft|work\s+(?:also\s+|has\s+|had\s+)?(?:began|begun|started|commenced)\s+on|review\s+and\s+finali[sz]e|worked\s+through\s+a\s+draft(?:\s+of)?|commented\s+on\s+a\s+draft|through\s+the\s+latest\s+draft\s+of|latest\s+draft\s+of)\s+(?:(?:the|a|an)\s+)?(?:Bali\s+Process\s+)?(?:RSO's\s+)?[""']?$", RegexOptions.IgnoreCase)]
    private static partial Regex DraftBefore();

    [GeneratedRegex(@"^[^.;]{0,20}?\b(?:is|was|are|were|remains|remained)\s+(?:now\s+|still\s+)?(?:being\s+(?:prepared|drafted|developed)|in\s+(?:final\s+|early\s+|first\s+)?draft|at\s+an?\s+(?:early\s+)?draft(?:ing)?\s+stage)\b|^\s*(?:(?:circulated|presented)\s+)?in\s+draft\b|^\s*[:\-\u2013\u2014]?\s*(?:a\s+|first\s+|final\s+|revised\s+)?draft\b|^\s*(?:in|under)\s+preparation\b|^[^.;]{0,30}?\b(?:is|are)\s+(?:now\s+)?(?:under\s+preparation|in\s+preparation|being\s+drafted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftAfter();

    [GeneratedRegex(@"\b(?:would|will|to|should|could|may)\s+be\s+(?:formally\s+)?endorsed\b|\bbe\s+endorsed\s+out\s+of\s+session\b|\bfor\s+(?:the\s+)?endorsement\b|\bseeking\s+endorsement\b|\bpending\s+endorsement\b", RegexOptions.IgnoreCase)]
    private static partial Regex PendingAfter();

    [GeneratedRegex(@"\b(?:submitted|put|presented?|proposed)\b[^.;]*\bfor\s+(?:the\s+)?endorsement\s+of\s+$|\b(?:propos\w+|recommend\w+)\s+that\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PendingBefore();

    [GeneratedRegex(@"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:put|submitted|presented|endorsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denied();

    [GeneratedRegex(@"\b(?:will|would|shall|plans?\s+to|intends?\s+to|to)\s+(?:\w+\s+){0,2}(?:update|revise|draft|prepare|develop|publish|launch|finali[sz]e|complete|promote|translate|circulate)\s+(?:\w+\s+){0,3}$|\b(?:asked|tasked|invited)\b[^.;]*\bto\s+(?:\w+\s+){0,4}$|\b(?:with\s+a\s+view\s+to|towards)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    [GeneratedRegex(@"^[^.;]{0,30}?\b(?:will|would|shall)\s+(?:\w+\s+)?(?:be\s+)?(?:formally\s+)?(?:published|launched|updated|revised|completed|finali[sz]ed|circulated|drafted)\b|^\s*(?:is|are)\s+to\s+be\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureAfter();

    [GeneratedRegex(@"\b(?:(?:completion|finali[sz]ation)\s+of|agreed\s+(?:on\s+)?the\s+final\s+(?:text|version)\s+of|(?:finali[sz]ed|completed)(?:\s+the\s+(?:final\s+)?(?:texts?|draft)\s+of)?|\bthe\s+final\s+text\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:Bali\s+Process\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedBefore();

    [GeneratedRegex(@"^\s*[,:\-\u2013\u2014]?\s*(?:which\s+was\s+|that\s+was\s+)?(?:completed|finali[sz]ed)\b|^,[^.;]{0,60}?,\s*(?:was|were)\s+(?:completed|finali[sz]ed)\b|^[^.;]{0,20}?\b(?:was|were|(?:has|have|had)\s+(?:now\s+|since\s+|also\s+)?been)\s+(?:\w+ly\s+)?(?:completed|finali[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedAfter();

    [GeneratedRegex(@"(?:\b(?:endorsed|approved|adopted)\s+(?:the\s+|a\s+new\s+|a\s+)?(?:Bali\s+Process\s+)?""?|\bendorsement\s+(?:by\s+[^,;.]{1,40}?\s+)?of\s+(?:the\s+|a\s+new\s+|a\s+)?(?:Bali\s+Process\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndorsedBefore();

    [GeneratedRegex(@"^,?\s*(?:which\s+was\s+|that\s+was\s+)?endorsed\s+(?:in|at|by|on|out)\b|^(?:\s+and\s+[\w\s]{1,40}?)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+endorsed\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndorsedAfter();

    [GeneratedRegex(@"\b(?:launched|launch\s+of|launch\b[^.;,]{0,30}\bof)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:Bali\s+Process\s+)?(?:[A-Z][\w]*'s\s+)?(?:new\s+)?""?$", RegexOptions.IgnoreCase)]
    private static partial Regex LaunchedBefore();

    [GeneratedRegex(@"^\s*[,:\-\u2013\u2014]?\s*launched\b|^[^.;]{0,20}?\b(?:was|were|has\s+been|have\s+been)\s+launched\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaunchedAfter();

    [GeneratedRegex(@"\bpublished\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:new\s+|revised\s+|second\s+edition\s+of\s+the\s+)?""?$|\bpublication\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedBefore();

    [GeneratedRegex(@"^\s*[,:\-\u2013\u2014]?\s*published\b|^[^.;]{0,20}?\b(?:was|were|has\s+been|have\s+been)\s+published\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedAfter();

    // "that it be endorsed out of session", "the Guide be endorsed": a reference with a status of its own.
    [GeneratedRegex(@"^\s*(?:be|was|were|is|had\s+been|has\s+been)\s+\w+|^\s*(?:would|will|should|could|shall|must|might|may)\s+be\s+\w+|^\s*in\s+draft\b|^[^.;]{0,40}?\bfor\s+(?:the\s+)?endorsement\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceCue();

    [GeneratedRegex(@"\b(?:seek|seeking|sought)\s+(?:(?:the\s+)?endorsement\s+of\s+(?:members|senior\s+officials|the\s+Ad\s+Hoc\s+Group)|(?:members|senior\s+officials)'\s+endorsement)\b|\bpropose\s+that\s+members\s+endorse\s+it\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeekEndorsement();

    // "and its launch on the margins of the Conference".
    [GeneratedRegex(@"\b(?:its|the\s+guide's)\s+(?:formal\s+|official\s+)?launch\b(?!\s+(?:will|is\s+planned|is\s+expected))", RegexOptions.IgnoreCase)]
    private static partial Regex ItsLaunch();

    [GeneratedRegex(@"\b(?:members|participants|senior\s+officials)\s+(?:confirmed|gave)\s+their\s+endorsement\b", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmed();

    [GeneratedRegex(@"\b(?:worked\s+through|commented\s+on|reviewed|discussed|considered|on|of)\s+(?:a|the)\s+(?:first\s+|revised\s+|latest\s+)?draft\b(?!\s+(?:of\s+)?(?:the\s+)?(?-i:[A-Z]))|\b(?:a|the)\s+(?:first\s+)?draft\s+(?:was|were|has\s+been|had\s+been)\s+(?:shared|circulated|presented|prepared|tabled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftOfIt();

    [GeneratedRegex(@"^(?:,?\s*(?:which|that)\s+(?:[\w'-]+\s+){1,8}?(?:has\s+|had\s+|have\s+)?|(?:\s+and\s+[\w\s]{1,40}?)?(?:\s+(?:itself|also|then|later|subsequently))?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+)(?:formally\s+|officially\s+|also\s+)?(?<verb>published|launched|endorsed|approved|adopted|completed|finali[sz]ed|drafted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbAfter();

    // ", endorsed by Ad Hoc Group senior officials in 2019, was published by the RSO in October 2019": the main verb after an aside.
    [GeneratedRegex(@"^,\s*(?:which\s+was\s+)?(?:endorsed|completed|finali[sz]ed|adopted|approved|prepared|developed|drafted)\b[^,;]*,\s*(?:and\s+)?(?:was|were|(?:has|have|had)\s+(?:now\s+|since\s+|also\s+)?been)\s+(?:\w+ly\s+)?(?<verb>published|launched|endorsed|completed|finali[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondVerb();

    [GeneratedRegex(@"\bthe\s+(?:Policy\s+)?Guide$")]
    private static partial Regex BareGuide();

    [GeneratedRegex(@"\G\s*\|(?:\s*(?:-|\u2014|\u2013)?\s*\|)*\s*")]
    private static partial Regex Cells();

    [GeneratedRegex(@"\b(?:guide|guidelines|module|toolkit|handbook|manual|compendium|checklist|brief|framework)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    [GeneratedRegex(@"\bdraft\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftWord();

    [GeneratedRegex(@"^(?:it|them)$")]
    private static partial Regex ItOrThem();


    // "... was endorsed at the 12th Meeting", "the endorsement of the Guide by the Ad Hoc Group Senior Officials".
    [GeneratedRegex(@"(?:^,?\s*(?:which\s+was\s+|that\s+was\s+)?endorsed\s+(?:at|by)\s+|^(?:\s+and\s+[\w\s]{1,40}?)?\s+(?:was|were|has\s+been|had\s+been)\s+endorsed\s+(?:at|by)\s+|^\s+by\s+)(?:the\s+)?(?<by>(?:" + Text.Ordinals.Pattern + @"\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w'-]*)*)")]
    private static partial Regex By();

    [GeneratedRegex(@"\b(?:since|until|by)\s+(?:early\s+|late\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"^\s*[-|:]\s")]
    private static partial Regex Lead();
}
