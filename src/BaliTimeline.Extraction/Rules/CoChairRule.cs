using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// Who co-chairs a body, read two ways:
/// a meeting of the body "was co-chaired by A and B" / "A and B co-chaired the meeting" (from the meeting's date), and
/// a person introduced as "... at the AGENCY and Co-Chair of BODY" (from the date the document speaks of).
/// Co-chairs of a one-off event (a workshop, a roundtable) are not co-chairs of a body, so they make no event.
/// </summary>
public static partial class CoChairRule
{
    public const string Name = "co-chair";

    public static IEnumerable<CoChairChanged> Read(Sentence sentence, ExtractionContext context)
    {
        if (sentence.Kind == SentenceKind.Heading) return [];
        var text = sentence.Text;
        var found = new List<CoChairChanged>();
        var evidence = context.Evidence(sentence);

        var verb = CoChaired().Match(text);
        if (verb.Success)
        {
            var meeting = context.MeetingsInSentence.FirstOrDefault()
                ?? (EarlierMeeting().IsMatch(text) ? context.LastMeeting : null);
            // "was co-chaired by A and B": the agencies after the verb; "A and B co-chaired the meeting": before it.
            var passive = By().IsMatch(text, verb.Index + verb.Length);
            var agencies = Agencies.FindAll(text)
                .Where(a => passive ? a.Start >= verb.Index + verb.Length : a.End <= verb.Index)
                .DistinctBy(a => a.Member).ToArray();
            if (meeting is null)
            {
                context.Skip(Name, "co-chairs are named, but not a meeting with a date", sentence);
            }
            else if (meeting.Body is { } body)
            {
                if (agencies.Length == 0) context.Skip(Name, "a co-chaired meeting, but no member agency could be read", sentence);
                found.AddRange(agencies.Select(a => new CoChairChanged(body, a.Member, a.Agency, meeting.Date, meeting.DateBasis, evidence)));
            }
        }

        foreach (Match role in CoChairOf().Matches(text))
        {
            var clauseEnd = ClauseEnd().Match(text, role.Index + role.Length);
            var bodies = BodyNames.Table.FindAll(text[..(clauseEnd.Success ? clauseEnd.Index : text.Length)], role.Index + role.Length)
                .Select(b => b.Canonical).Distinct().ToArray();
            if (bodies.Length == 0) continue;
            if (role.Groups["business"].Success)
            {
                context.Skip(Name, "a business co-chair, not a member's agency", sentence);
                continue;
            }
            // The agency must belong to the same person as the role: no other person listed in between.
            var agency = Agencies.FindAll(text[..role.Index]).LastOrDefault(a => !AnotherPerson().IsMatch(text[a.End..role.Index]));
            if (agency is null)
            {
                context.Skip(Name, "a co-chair is named without an agency", sentence);
                continue;
            }
            if (context.Reference is not { } date)
            {
                context.Skip(Name, "a co-chair is named, but neither the document nor its metadata gives a date", sentence);
                continue;
            }
            found.AddRange(bodies.Select(b => new CoChairChanged(b, agency.Member, agency.Agency, date.Date, date.Basis, evidence)));
        }
        return found;
    }

    [GeneratedRegex(@"\G\s+by\b")]
    private static partial Regex By();

    [GeneratedRegex(@";|,\s*and\s|\band\s+(?:Mr|Ms|Mrs|Dr|H\.?\s?E\.?|Hon)\b")]
    private static partial Regex AnotherPerson();

    [GeneratedRegex(@"\bco\s?-\s?chaired\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoChaired();

    [GeneratedRegex(@"^(?:The|This|That|It)\b(?:\s+(?:meeting|workshop|roundtable|conference|event|dialogue|session))?(?:,[^,]*,)?\s+(?:was|were)\s+co\s?-\s?chaired", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierMeeting();

    [GeneratedRegex(@"(?<business>\bBusiness\s+)?\bCo-Chair\s+of\s+(?:the\s+)?")]
    private static partial Regex CoChairOf();

    [GeneratedRegex(@"[,;]|\s(?:and|who|which)\s+[a-z]")]
    private static partial Regex ClauseEnd();
}
