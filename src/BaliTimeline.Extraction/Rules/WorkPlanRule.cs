using System.Globalization;
using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// A body's forward work plan and what happened to it: "members agreed to ... for the TIP Working Group's Forward Work
/// Plan 2017-19" (adopted), "the endorsement of a new WG-TIP Forward Work Plan for 2024-2026 at the 10th annual meeting"
/// (adopted, elsewhere), "the draft TIPWG Forward Work Plan 2020-22" (draft), "members discussed the ... Work Plan" (reviewed).
/// A plan needs its body and its years; without them it is skipped, not guessed.
/// </summary>
public static partial class WorkPlanRule
{
    public const string Name = "work-plan";

    public static IEnumerable<Fact> Read(Sentence sentence, ExtractionContext context)
    {
        if (sentence.Kind == SentenceKind.Heading) return [];
        var text = sentence.Text;
        var facts = new List<Fact>();
        var evidence = context.Evidence(sentence);
        var bodies = BodyNames.Table.FindAll(text).ToArray();
        var previousEnd = 0;
        foreach (Match plan in Plan().Matches(text))
        {
            var named = bodies.LastOrDefault(b => b.End <= plan.Index && Gap().IsMatch(text[b.End..plan.Index]));
            // "the Working Group ... adopted its Forward Work Plan": the subject's plan; the verb sits between them.
            var body = named ?? (Its().IsMatch(text[..plan.Index]) ? bodies.LastOrDefault(b => b.End <= plan.Index) : null);
            var start = named?.Start ?? plan.Index;
            var before = text[previousEnd..start];
            var afterEnd = Plan().Match(text, plan.Index + plan.Length) is { Success: true } next ? next.Index : text.Length;
            var after = text[(plan.Index + plan.Length)..afterEnd];
            previousEnd = plan.Index + plan.Length;

            var status = Status(before, after);
            if (status is null) continue;
            var years = YearsIn(body is null ? "" : text[body.End..plan.Index]) ?? YearsAfter(text, plan.Index + plan.Length);
            if (body is null || years is null)
            {
                context.Skip(Name, body is null ? "a work plan whose body is not named" : "a work plan whose years are not stated", sentence);
                continue;
            }
            if (context.Reference is not { } reference)
            {
                context.Skip(Name, "a work plan's status is stated, but no date for it can be read", sentence);
                continue;
            }
            var (first, last) = years.Value;
            if (status == WorkPlanStatusReading.Adopted)
            {
                // Adopted at the meeting the document reports: its date. Elsewhere, or reported by a document that is
                // not a meeting's: on or before that date. A date the clause states wins.
                var at = At().Match(after);
                var atThisMeeting = !at.Success && reference.Basis == DateBasis.Meeting;
                var (date, basis) = Clauses.StatedDate(after, context) ?? (atThisMeeting ? reference.Date : reference.Date.AsNotAfter(), reference.Basis);
                facts.Add(new WorkPlanAdopted(body.Canonical, first, last, at.Success ? at.Groups["at"].Value : null, date, basis, evidence));
            }
            else
            {
                var noted = status switch
                {
                    WorkPlanStatusReading.Draft => WorkPlanStatus.Draft,
                    WorkPlanStatusReading.Pending => WorkPlanStatus.EndorsementPending,
                    _ => WorkPlanStatus.Reviewed,
                };
                facts.Add(new WorkPlanStatusNoted(body.Canonical, first, last, noted, reference.Date, reference.Basis, evidence));
            }
        }
        return facts;
    }

    private enum WorkPlanStatusReading { Adopted, Draft, Pending, Reviewed }

    private static WorkPlanStatusReading? Status(string before, string after) =>
        Draft().IsMatch(before) ? WorkPlanStatusReading.Draft
        : Pending().IsMatch(Clauses.Following(after)) ? WorkPlanStatusReading.Pending
        : Adopted().IsMatch(before) && !Seeking().IsMatch(before) ? WorkPlanStatusReading.Adopted
        : Reviewed().IsMatch(before) ? WorkPlanStatusReading.Reviewed
        : null;

    private static (int First, int Last)? YearsIn(string text) => Years(Period().Match(text));

    private static (int First, int Last)? YearsAfter(string text, int at) => Years(PeriodAfter().Match(text, at));

    private static (int First, int Last)? Years(Match period)
    {
        if (!period.Success) return null;
        var first = int.Parse(period.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = period.Groups["to"].Value;
        var last = to.Length == 2 ? first / 100 * 100 + int.Parse(to, CultureInfo.InvariantCulture) : int.Parse(to, CultureInfo.InvariantCulture);
        return last >= first && last - first <= 10 ? (first, last) : null;
    }

    [GeneratedRegex(@"\b(?:its|their)\s+$")]
    private static partial Regex Its();

    [GeneratedRegex(@"\b(?:Forward\s+)?Work\s+Plan\b(?!s)")]
    private static partial Regex Plan();

    [GeneratedRegex(@"^(?:'s)?\s+(?:(?:for\s+)?\d{4}\s*-\s*\d{2,4}\s+)?(?:Forward\s+)?$")]
    private static partial Regex Gap();

    [GeneratedRegex(@"(?<from>(?:19|20)\d{2})\s*-\s*(?<to>\d{4}|\d{2})\b")]
    private static partial Regex Period();

    [GeneratedRegex(@"\G\s*(?:,\s*)?(?:for\s+)?(?<from>(?:19|20)\d{2})\s*-\s*(?<to>\d{4}|\d{2})\b")]
    private static partial Regex PeriodAfter();

    [GeneratedRegex(@"\bdraft\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Draft();

    [GeneratedRegex(@"^[^.;]*?\b(?:(?:would|will|is\s+to|to)\s+be\s+endorsed|seeking\s+endorsement|for\s+endorsement)", RegexOptions.IgnoreCase)]
    private static partial Regex Pending();

    [GeneratedRegex(@"(?:\b(?:agreed|adopted|endorsed|approved)\b[^.;]*|\b(?:endorsement|adoption|approval)\s+of\s+(?:the\s+|a\s+new\s+|a\s+|its\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Adopted();

    [GeneratedRegex(@"\b(?:seeking|seek|ahead\s+of|towards|would|will|to\s+be)\s+(?:the\s+)?(?:endorse|endorsement|adopt|agreed)", RegexOptions.IgnoreCase)]
    private static partial Regex Seeking();

    [GeneratedRegex(@"\b(?:discussed|reviewed|progress\s+(?:against|on|under))\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Reviewed();

    [GeneratedRegex(@"^[^.;]*?\bat\s+(?:the\s+|its\s+)?(?<at>(?:" + Ordinals.Pattern + @"\s+)?[\w' -]*?(?:[Mm]eeting|Conference|Summit))")]
    private static partial Regex At();
}
