using System.Text.RegularExpressions;
using BaliTimeline.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Reading;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// A body's work plan and what happened to it: adopted ("members adopted the Forward Work Plan 2019-2021", "approved",
/// "endorsed", "agreed", "finalised", "which the Co-Chairs approved in July 2021"), drafted ("the draft TFPP work plan
/// for 2020-2021", "is preparing its first Forward Work Plan", "Work has started on a successor plan", "was in draft"),
/// or referred to as in force ("its 2016-17 work plan", "under its Forward Work Plan 2021-23", "reviewed implementation
/// of", "the current plan"), which means adopted on or before the document's date. The body is the one written with the
/// plan ("RSO", "TFPP", "its", "the Working Group's"), else the document's. A plan whose years are not stated is skipped.
/// </summary>
public static partial class WorkPlanRule
{
    public const string Name = "work-plan";

    public static IEnumerable<Fact> Read(Sentence sentence, ExtractionContext context)
    {
        var text = sentence.Text;
        if (!text.Contains("plan", StringComparison.OrdinalIgnoreCase) && !text.Contains("work program", StringComparison.OrdinalIgnoreCase)) return [];
        var plans = WorkPlanMentions.Find(text);
        if (plans.Count == 0)
        {
            if (YearlessPlan().IsMatch(text) && AnyStatus().IsMatch(text)) context.Skip(Name, "a work plan whose years are not stated", sentence);
            return [];
        }
        // A heading that only names a plan says nothing of it; a lead-in ("Forward Work Plan 2021-23.") is told of by the rest of its item.
        if (sentence.Kind == SentenceKind.Heading && !plans.Any(p => p.Draft)) return [];
        var leadIn = plans.Count == 1 && text.Length - (plans[0].End - plans[0].Start) < 12 && context.Next(sentence) is { } rest && rest.Block == sentence.Block ? rest.Text : null;

        var facts = new List<Fact>();
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var before = text[ClauseStart(text, plan.Start, i > 0 && plans[i - 1].Start != plan.Start ? plans[i - 1].End : 0)..plan.Start];
            var after = text[plan.End..(i + 1 < plans.Count && plans[i + 1].Start != plan.Start ? plans[i + 1].Start : text.Length)];
            var status = Status(plan, before, after, leadIn);
            var body = BodyOf(plan, sentence, context);
            if (body is null)
            {
                context.Skip(Name, "a work plan whose body is not named", sentence);
                continue;
            }
            var evidence = context.Evidence(sentence);
            var stated = context.Dates(sentence).FirstOrDefault(d => d.Resolved && d.Start >= plan.End && d.Start - plan.End < 60 && !After().IsMatch(text[plan.End..d.Start]))
                ?? context.Dates(sentence).FirstOrDefault(d => d.Resolved && d.Start <= 8 && Lead().IsMatch(text[d.End..]));
            var at = context.Meetings.In(sentence).Where(m => m.Start >= plan.End).Select(m => m.Meeting).FirstOrDefault(m => AtMeeting().IsMatch(text[plan.End..]));
            switch (status)
            {
                case Reading.Draft:
                    var (when, basis) = stated is not null ? (stated.Date, stated.Basis) : context.Reference is { } r ? (r.Date, r.Basis) : (null, DateBasis.NotStated);
                    facts.Add(new WorkPlanStatusNoted(body, plan.FirstYear, plan.LastYear, WorkPlanStatus.Draft, when, basis, evidence));
                    break;
                case Reading.Adopted:
                    // Adopted when the sentence dates it, at the meeting it names, or at the document's own meeting.
                    var (on, onBasis) = stated is not null ? (stated.Date, stated.Basis)
                        : at is { Date: { } atDate } ? (atDate, at.DateBasis)
                        : context.Reference is { } here ? (here.Date, here.Basis)
                        : ((PartialDate?)null, DateBasis.NotStated);
                    facts.Add(new WorkPlanAdopted(body, plan.FirstYear, plan.LastYear, at?.Name, on, onBasis, evidence));
                    break;
                case Reading.InForce:
                    var (bound, boundBasis) = context.Bound is { } b ? (b.Date, b.Basis) : ((PartialDate?)null, DateBasis.NotStated);
                    facts.Add(new WorkPlanAdopted(body, plan.FirstYear, plan.LastYear, null, bound, boundBasis, evidence));
                    break;
                default:
                    context.Skip(Name, "a work plan to be adopted, not yet adopted", sentence);
                    break;
            }
        }
        return facts;
    }

    private enum Reading { Draft, Adopted, InForce, Pending }

    private static Reading Status(WorkPlanMention plan, string before, string after, string? leadIn)
    {
        if (plan.Draft || DraftBefore().IsMatch(before) || DraftAfter().IsMatch(after) || leadIn is not null && DraftLeadIn().IsMatch(leadIn)) return Reading.Draft;
        if (Pending().IsMatch(after) || PendingBefore().IsMatch(before)) return Reading.Pending;
        if (AdoptedBefore().IsMatch(before) || AdoptedAfter().IsMatch(after)) return Reading.Adopted;
        return Reading.InForce;
    }

    /// <summary>The plan's body: written with it ("RSO Work Plan", "the Working Group's", "its"), else the document's.</summary>
    private static string? BodyOf(WorkPlanMention plan, Sentence sentence, ExtractionContext context)
    {
        var owner = plan.Owner;
        if (owner is not null)
        {
            if (BodyNames.Table.FindAll(owner).LastOrDefault(b => b.Canonical != BodyNames.BaliProcess) is { } named) return named.Canonical;
            if (UnlistedBodies.Find(owner).FirstOrDefault() is { } unlisted) return unlisted.Name;
            if (BodyReference.Find("the " + owner.Replace("'s", "")).FirstOrDefault() is { Head: { } head }) return context.BodyBefore(sentence, plan.Start, head);
            if (owner.Trim() is "its" or "their") return context.BodyBefore(sentence, plan.Start);
        }
        // "a Forum Work Plan", "the Working Group's Forward Work Plan": the kind of body, the document's of that kind.
        if (Kind().Match(sentence.Text[plan.Start..plan.End]) is { Success: true } kind) return context.BodyBefore(sentence, plan.Start, kind.Value.ToLowerInvariant());
        return context.BodyBefore(sentence, plan.Start);
    }

    private static int ClauseStart(string text, int at, int floor)
    {
        var stop = text.LastIndexOfAny([';', '|', ':'], Math.Max(0, at - 1));
        return Math.Max(floor, stop < 0 ? 0 : stop + 1);
    }

    [GeneratedRegex(@"\b(?:draft|drafting|tabled\s+a\s+draft|preparing|is\s+preparing|are\s+preparing|started\s+on|begun\s+on|work\s+(?:has\s+)?(?:started|begun)\s+on|developing|to\s+develop)\s+(?:(?:of|on)\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:first\s+|new\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DraftBefore();

    [GeneratedRegex(@"^[^.;]{0,30}?\b(?:(?:was|is|were|are)\s+(?:still\s+)?in\s+draft|(?:is|are)\s+being\s+(?:drafted|prepared|developed|circulated)|was\s+drawn\s+up)\b|^[^.]*\.\s+A\s+draft\s+(?:is|was)\s+being", RegexOptions.IgnoreCase)]
    private static partial Regex DraftAfter();

    [GeneratedRegex(@"\b(?:presented|tabled|circulated|shared|discussed)\s+(?:a|the)\s+(?:first\s+|revised\s+)?draft\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftLeadIn();

    [GeneratedRegex(@"^[^.;]{0,60}?\b(?:(?:will|would|to)\s+be\s+(?:put|submitted|presented|endorsed|approved|adopted)|for\s+(?:the\s+)?(?:approval|endorsement|adoption)|with\s+a\s+view\s+to\s+(?:approving|adopting|endorsing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pending();

    [GeneratedRegex(@"\b(?:with\s+a\s+view\s+to|towards)\s+(?:approving|adopting|endorsing)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PendingBefore();

    [GeneratedRegex(@"\b(?:adopted|approved|endorsed|agreed(?:\s+to)?|finali[sz]ed|endorsement\s+of|adoption\s+of|approval\s+of)\b[^.;]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex AdoptedBefore();

    [GeneratedRegex(@"^[^.;]{0,70}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:adopted|approved|endorsed|agreed|finali[sz]ed)|(?:adopted|approved|endorsed|agreed|finali[sz]ed)\s+(?:at|by|in|on)|(?:that|which)\s+(?:[\w-]+\s+){1,5}(?:adopted|approved|endorsed|agreed|finali[sz]ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdoptedAfter();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:at|by)\s+(?:the\s+)?")]
    private static partial Regex AtMeeting();

    [GeneratedRegex(@"\b(?:Working\s+Group|Task\s+Force|Forum|Group|Committee|Office)\b")]
    private static partial Regex Kind();

    [GeneratedRegex(@"\b(?:to\s+be|will|would)\b|\bfor\s+(?:approval|endorsement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex After();

    [GeneratedRegex(@"^\s*[-|:]\s")]
    private static partial Regex Lead();

    [GeneratedRegex(@"\b(?:[Ff]orward\s+[Ww]ork\s+[Pp]lan|[Ww]ork\s+[Pp]lan)\b")]
    private static partial Regex YearlessPlan();

    [GeneratedRegex(@"\b(?:adopted|approved|endorsed|finali[sz]ed|draft|drafting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnyStatus();
}
