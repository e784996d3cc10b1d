using BaliTimeline.Contracts;
using BaliTimeline.EventStore.Views;
using BaliTimeline.EventStore.Ledger;
using Marten;

namespace BaliTimeline.EventStore.Queries;

/// <summary>
/// The auditors' questions: each resolves its recorded-time axis to a watermark, reads the fact ledger as known
/// there, and hands the facts to a pure register with its valid-time day. Read-only.
/// </summary>
public sealed class TimelineQueries(IDocumentStore store)
{
    public Task<TimelineAnswer<IReadOnlyList<GuideEntry>>> GuidesAsync(TimelineQuestion question, CancellationToken cancellation = default) =>
        AskAsync(question, facts => GuideRegister.Answer(facts, question.AsOf), cancellation);

    public Task<TimelineAnswer<IReadOnlyList<GuideEntry>>> EndorsedAsync(TimelineQuestion question, CancellationToken cancellation = default) =>
        AskAsync(question, facts => GuideRegister.Endorsed(facts, question.AsOf), cancellation);

    public Task<TimelineAnswer<CoChairs>> CoChairsAsync(string body, TimelineQuestion question, CancellationToken cancellation = default)
    {
        var canonical = BodyDirectory.Find(body) ?? throw new UnknownResourceException($"no body is called '{body}'");
        return AskAsync(question, facts => CoChairRegister.Answer(facts, canonical, question.AsOf), cancellation);
    }

    public Task<TimelineAnswer<IReadOnlyList<BodyWorkPlans>>> WorkPlansAsync(TimelineQuestion question, CancellationToken cancellation = default) =>
        AskAsync(question, facts => WorkPlanRegister.Answer(facts, question.AsOf), cancellation);

    public async Task<TimelineAnswer<IReadOnlyList<MeetingEntry>>> MeetingsAsync(DateOnly from, DateOnly to, TimelineQuestion question, CancellationToken cancellation = default)
    {
        if (to < from) throw new InvalidParameterException("to", $"{to:yyyy-MM-dd} is before from ({from:yyyy-MM-dd})");
        var answer = await AskAsync(question, facts => MeetingTimeline.Answer(facts, from, to), cancellation);
        return answer with { AsOf = null };
    }

    public async Task<TimelineAnswer<IReadOnlyList<BodyEntry>>> BodiesAsync(TimelineQuestion question, CancellationToken cancellation = default)
    {
        var answer = await AskAsync(question, BodyDirectory.Answer, cancellation);
        return answer with { AsOf = null };
    }

    private async Task<TimelineAnswer<T>> AskAsync<T>(TimelineQuestion question, Func<IReadOnlyList<FactRecord>, T> register, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var latest = await FactLedger.WatermarkAsync(session, null, cancellation);
        // A watermark past the last recorded event would give an answer that later events could still change.
        if (question.Watermark > latest) throw new InvalidParameterException("watermark", $"{question.Watermark} is beyond the last recorded event ({latest})");
        var watermark = question.Watermark ?? (question.KnownAt is null ? latest : await FactLedger.WatermarkAsync(session, question.KnownAt, cancellation));
        var facts = await FactLedger.KnownAtAsync(session, watermark, cancellation);
        return new TimelineAnswer<T>(question.AsOf, new RecordedTime(watermark, question.KnownAt), register(facts));
    }
}
