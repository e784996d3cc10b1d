using BaliTimeline.EventStore.Ledger;
using BaliTimeline.EventStore.Views;
using Marten;
using Marten.Linq;
using Npgsql;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// The SQL the service issues for each kind of question: the one place to update when a view changes how it reads.
/// Each statement is the service's own: built by Marten's LINQ provider from the query the service writes
/// (<c>ToCommand</c>), or for the meetings' first step taken from <c>FactLedger.MeetingReports</c>, which wraps that
/// query. So it has the same columns, casts and parameters, and is not a hand-written approximation.
/// </summary>
internal sealed class QuestionSql(IQuerySession session, long watermark)
{
    private IReadOnlyList<MeetingReport>? reports;
    private readonly Dictionary<int, NpgsqlCommand[]> meetingsOfYear = [];

    /// <summary>The statements one question runs, in order, at the watermark.</summary>
    public async Task<IReadOnlyList<NpgsqlCommand>> ForAsync(Question question) =>
    [
        // Every question reads the last committed sequence (HighWaterMark.CurrentAsync), then its own facts known at
        // the watermark (TimelineQueries.AskAsync), and folds them into its view in memory.
        LastCommittedSequence(session),
        .. question.Kind == QuestionKind.Meetings
            ? await MeetingsAsync(question.AsOf!.Value.Year)
            : [FactLedger.KnownAt(session, ScopeOf(question), watermark).ToCommand()],
    ];

    /// <summary>
    /// The meetings of a year are read in two steps (MeetingsQuery): every report's matching fields, then whole facts for
    /// the meetings in the window. Which facts the second step loads depends on the first's rows, so they are worked
    /// out here, once a year, before the clock starts, and the statement loads those.
    /// </summary>
    private async Task<NpgsqlCommand[]> MeetingsAsync(int year)
    {
        if (meetingsOfYear.TryGetValue(year, out var statements)) return statements;
        reports ??= await FactLedger.MeetingReportsAsync(session, watermark);
        var ids = MeetingTimeline.Meetings(reports, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).SelectMany(m => m).Select(r => r.Id).ToArray();
        return meetingsOfYear[year] = [FactLedger.MeetingReports(session, watermark), session.Query<FactRecord>().Where(r => r.Id.IsOneOf(ids)).ToCommand()];
    }

    private static FactScope ScopeOf(Question question) => question.Kind switch
    {
        QuestionKind.CoChairs => CoChairRegister.Scope(question.Body!, question.AsOf!.Value),
        QuestionKind.Endorsed => GuideRegister.Scope(question.AsOf!.Value),
        QuestionKind.WorkPlans => WorkPlanRegister.Scope(question.AsOf!.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };

    /// <summary>FactLedger.LastSequenceAsync with no instant: the highest sequence in the event table.</summary>
    private static NpgsqlCommand LastCommittedSequence(IQuerySession session) =>
        session.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence).ToCommand(FetchType.FetchOne);
}
