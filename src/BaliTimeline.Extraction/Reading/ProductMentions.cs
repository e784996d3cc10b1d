using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Names;

namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// Finds the guides and other products a sentence names: known names (with their aliases), capitalised names ending in
/// a product word (Guide, Guidelines, Handbook, Toolkit, Manual, Compendium, Checklist, Guide Series, Policy Framework,
/// Brief, Module), titles introduced as one ("Trapped in Deceit, a policy brief"), untitled products with a status
/// ("a draft guide on ..."), and "the guide", "the Compendium" for the product last named. "Policy Guides on A and on B"
/// are two guides. Strategies, declarations, frameworks of cooperation, concept notes and reviews are not products.
/// </summary>
public static partial class ProductMentions
{
    /// <summary>The name of a training module said only by its relation to the guide before it ("its associated training module").</summary>
    public const string TrainingModule = "training module";

    public static IReadOnlyList<ProductMention> Find(string text)
    {
        var found = new List<ProductMention>();
        // Most sentences name no product: the patterns for names need a product's kind word.
        var hasKind = text.AsSpan().IndexOfAny(KindWords) >= 0;
        foreach (Match m in Associated().Matches(hasKind ? text : "")) found.Add(new ProductMention(m.Index, m.Index + m.Length, TrainingModule));
        // "an e-learning module built around the Policy Guide on ...": a product of its own, named by the text's words.
        foreach (Match m in Companion().Matches(hasKind ? text : "")) found.Add(new ProductMention(m.Groups["name"].Index, m.Index + m.Length, m.Groups["name"].Value.Trim()));
        foreach (var known in GuideNames.Table.FindAll(text))
        {
            if (!Overlaps(found, known.Start, known.End)) found.Add(new ProductMention(known.Start, known.End, known.Canonical));
        }
        foreach (Match m in Plural().Matches(hasKind ? text : ""))
        {
            if (Overlaps(found, m.Index, m.Index + m.Length)) continue;
            // "the Bali Process Policy Guides on Identifying Victims of Trafficking and on Protecting Victims of Trafficking".
            var kind = m.Groups["kind"].Value.TrimEnd('s');
            found.Add(new ProductMention(m.Groups["kind"].Index, m.Groups["a"].Index + m.Groups["a"].Length, $"{kind} {m.Groups["pa"].Value} {m.Groups["a"].Value.Trim()}"));
            found.Add(new ProductMention(m.Groups["b"].Index, m.Groups["b"].Index + m.Groups["b"].Length, $"{kind} {m.Groups["pb"].Value} {m.Groups["b"].Value.Trim()}"));
        }
        foreach (Match m in Named().Matches(hasKind ? text : ""))
        {
            var name = Leading().Replace(m.Groups["name"].Value, "").Trim();
            // "the final Policy Framework to the Ad Hoc Group Senior Officials": a body after "to" is an addressee, not the name.
            var complement = Complement().Match(name);
            if (complement.Success && (BodyNames.Table.FindFirst(complement.Groups["c"].Value) is { Start: 0 } || Addressee().IsMatch(complement.Groups["c"].Value)))
            {
                name = name[..complement.Index];
            }
            if (Overlaps(found, m.Index, m.Index + m.Length)) continue;
            // "submit the Handbook to Ad Hoc Group senior officials": the kind alone, once its addressee is cut off, is the product last named.
            if (!name.Contains(' '))
            {
                if (NotProduct().IsMatch(name) && complement.Success && TheBefore().IsMatch(text[..m.Groups["name"].Index]))
                {
                    found.Add(new ProductMention(m.Groups["name"].Index, m.Groups["name"].Index + name.Length, "", Reference: true));
                }
                continue;
            }
            found.Add(new ProductMention(m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length, GuideNames.Table.Canonicalise(name) ?? name, Reference: NotProduct().IsMatch(name)));
        }
        foreach (Match m in Titled().Matches(hasKind ? text : ""))
        {
            if (Overlaps(found, m.Groups["title"].Index, m.Groups["title"].Index + m.Groups["title"].Length)) continue;
            found.Add(new ProductMention(m.Groups["title"].Index, m.Groups["title"].Index + m.Groups["title"].Length, m.Groups["title"].Value.Trim()));
        }
        foreach (Match m in Untitled().Matches(hasKind ? text : ""))
        {
            if (Overlaps(found, m.Index, m.Index + m.Length)) continue;
            found.Add(new ProductMention(m.Groups["name"].Index, m.Index + m.Length, m.Groups["name"].Value.Trim()));
        }
        foreach (Match m in TheProduct().Matches(text))
        {
            if (Overlaps(found, m.Index, m.Index + m.Length)) continue;
            found.Add(new ProductMention(m.Index, m.Index + m.Length, "", Reference: true));
        }
        return found.OrderBy(f => f.Start).ToArray();
    }

    private static bool Overlaps(List<ProductMention> found, int start, int end) => found.Any(f => f.Start < end && start < f.End);

    private const string Kinds = @"Standard\s+Operating\s+Procedures|Policy\s+Guide\s+Series|Guide\s+Series|Policy\s+Guides?|Guides?|Guidelines|Guidance(?:\s+Note)?|Handbook|Toolkit|Tool\s+Kit|Manual|Compendium|Checklist|Policy\s+Framework|Policy\s+Brief|Training\s+Module|Module";
    private const string NameWord = @"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'-]*";

    [GeneratedRegex(@"(?:Bali\s+Process\s+)?(?<name>(?:(?:[A-Z][\w'-]*|and|&)\s+){0,5}?(?:" + Kinds + @")\b(?:\s+(?:on|for|of|to)\s+(?:the\s+)?(?:" + NameWord + @"|\([A-Z]+\))(?:\s+(?:(?:of|on|for|to|in|and|the|into|at)\s+|by\s+(?!the\b))*(?!(?:Bali\s+Process\s+)?(?:" + Kinds + @")\b)(?:" + NameWord + @"|\([A-Z]+\)))*)?)")]
    private static partial Regex Named();

    [GeneratedRegex(@"(?<kind>Policy\s+Guides|Guides|Guidelines)\s+(?<pa>on|for)\s+(?<a>[A-Z][\w'-]*(?:\s+(?:(?:of|in|for|the)\s+)*[A-Z][\w'-]*)*)\s+and\s+(?<pb>on|for)\s+(?<b>[A-Z][\w'-]*(?:\s+(?:(?:of|in|for|the)\s+)*[A-Z][\w'-]*)*)")]
    private static partial Regex Plural();

    // "Trapped in Deceit, a policy brief", "its policy brief Trapped in Deceit", "published "A Regional Snapshot"", "Policy Brief: Forced Criminality ...": a title given as a product.
    [GeneratedRegex(@"(?<title>\b[A-Z][\w'-]*(?:\s+(?:in|of|the|and|for|to|on|a)?\s*[A-Z][\w'-]*)*),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:brief|guide|toolkit|handbook|manual|checklist|compendium|publication)\b|\b(?:policy\s+brief|publication|guide|toolkit|handbook)\s+(?<title>[A-Z][\w'-]*(?:\s+(?:in|of|the|and|for|to|on)?\s*[A-Z][\w'-]*)*)"
        + @"|(?<=\b(?:published|launched|released)\s+)""(?<title>[A-Z][^""]{7,120})""|^(?<title>(?:Policy\s+Brief|Guide|Handbook|Toolkit|Checklist):\s+[A-Z][^.;|]*?)(?=\s+-\s+|$)")]
    private static partial Regex Titled();

    // "a draft guide on trauma-informed interviewing of victims": an untitled product, named by the text's words.
    [GeneratedRegex(@"\b(?:draft|new|revised)\s+(?<name>(?:guide|toolkit|handbook|manual|checklist|guidelines)\s+(?:on|for|to)\s+[a-z][\w-]*(?:\s+(?!(?:is|was|are|were|has|have|with|by|that|which)\b)[a-z][\w-]*){0,6})")]
    private static partial Regex Untitled();

    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:revised|final|finali[sz]ed|finished|completed|updated|draft|new)\s+)?(?:[Pp]olicy\s+)?(?:[Gg]uide|[Gg]uidelines|[Tt]oolkit|[Hh]andbook|[Mm]anual|[Cc]ompendium|[Cc]hecklist|[Bb]rief|[Mm]odule|[Pp]olicy\s+[Ff]ramework)\b(?!\s+(?:on|of|for|to)\s+[A-Z])|\b(?:[Aa]|[Tt]he)\s+(?:revised|final)\s+(?:version|text|draft)\b(?!\s+(?:of\s+)?(?:the\s+)?[A-Z])|\b[Tt]he\s+(?:first|second|third|new|revised|previous|updated)\s+edition\b(?!\s+of\b)|(?<=\b[Gg]uide\s+and\s+)(?:the\s+)?(?:training\s+)?module\b|\b(?:it|them)\b")]
    private static partial Regex TheProduct();

    [GeneratedRegex(@"\b(?:a|an|the|its)\s+(?:first\s+)?(?:draft\s+|new\s+|revised\s+)?(?<name>(?:[\w-]+\s+){0,2}(?:module|manual|handbook|toolkit)\s+(?:built\s+around|that\s+accompanies|accompanying|to\s+accompany|based\s+on)\s+(?:the\s+)?(?:Bali\s+Process\s+)?(?:(?:Policy\s+)?Guide\b(?:\s+(?:on|for|to)\s+[A-Z][\w'-]*(?:\s+(?:(?:of|on|for|to|in|and|the)\s+)*[A-Z][\w'-]*)*)?))")]
    private static partial Regex Companion();

    private static readonly System.Buffers.SearchValues<string> KindWords = System.Buffers.SearchValues.Create(
        ["guide", "handbook", "toolkit", "tool kit", "manual", "compendium", "checklist", "framework", "brief", "module", "guidance", "publication", "procedures", "published", "launched", "snapshot"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b[Tt]he\s+$")]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"\b(?:its|the|a|an)\s+(?:associated|related|accompanying)\s+training\s+module\b")]
    private static partial Regex Associated();

    [GeneratedRegex(@"\s+(?:to|for)\s+(?:the\s+)?(?<c>[A-Z].*)$")]
    private static partial Regex Complement();

    [GeneratedRegex(@"^(?:Ad\s+Hoc\s+Group|Senior\s+Officials|Co-Chairs|Ministers|Members)\b")]
    private static partial Regex Addressee();

    [GeneratedRegex(@"^(?:The|This|That|These|Its|Their|A|An|At|In|On|By|For|With|From|Members|Ministers|Launch|Welcoming|Recalling|Noting)\s+")]
    private static partial Regex Leading();

    // Capitalised words that are a title's kind only when they stand alone: "the Guide", "Guidelines".
    [GeneratedRegex(@"^(?:Policy\s+Guides?|Guides?|Guidelines|Handbook|Toolkit|Manual|Compendium|Checklist|Module|Policy\s+Framework)$")]
    private static partial Regex NotProduct();
}
