using BaliTimeline.EventStore.Ledger;
using Marten;
using Marten.Linq;
using Npgsql;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// The SQL the service issues for each kind of question: the one place to update when a view changes how it reads.
/// Each statement is built by Marten's LINQ provider from the same query the service writes (<c>ToCommand</c>), so it
/// is the service's real SQL, with the same columns, casts and parameters, and not a hand-written approximation.
/// </summary>
internal static class QuestionSql
{
    /// <summary>The statements one question of this kind runs, in order, at a watermark.</summary>
    public static IReadOnlyList<NpgsqlCommand> For(QuestionKind kind, IQuerySession session, long watermark) => kind switch
    {
        // Today every question is the same reads followed by a pure view in memory (TimelineQueries.AskAsync): the
        // last committed sequence (HighWaterMark.CurrentAsync), then the whole fact ledger known at the watermark.
        QuestionKind.CoChairs or QuestionKind.Endorsed or QuestionKind.WorkPlans or QuestionKind.Meetings =>
            [LastCommittedSequence(session), .. LedgerKnownAt(session, watermark)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>FactLedger.LastSequenceAsync with no instant: the highest sequence in the event table.</summary>
    private static NpgsqlCommand LastCommittedSequence(IQuerySession session) =>
        session.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence).ToCommand(FetchType.FetchOne);

    /// <summary>FactLedger.KnownAtAsync: every fact record and every retraction at or below the watermark.</summary>
    private static NpgsqlCommand[] LedgerKnownAt(IQuerySession session, long watermark) =>
    [
        session.Query<FactRecord>().Where(r => r.Sequence <= watermark).ToCommand(),
        session.Query<FactRetraction>().Where(r => r.Sequence <= watermark).ToCommand(),
    ];
}
