using BaliTimeline.EventStore.Ledger;
using BaliTimeline.EventStore.Views;
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
    /// <summary>The statements one question runs, in order, at a watermark.</summary>
    public static IReadOnlyList<NpgsqlCommand> For(Question question, IQuerySession session, long watermark) =>
    [
        // Every question reads the last committed sequence (HighWaterMark.CurrentAsync), then its own facts known at
        // the watermark (TimelineQueries.AskAsync), and folds them into its view in memory.
        LastCommittedSequence(session),
        FactLedger.KnownAt(session, ScopeOf(question), watermark).ToCommand(),
    ];

    private static FactScope ScopeOf(Question question) => question.Kind switch
    {
        QuestionKind.CoChairs => CoChairRegister.Scope(question.Body!, question.AsOf!.Value),
        QuestionKind.Endorsed => GuideRegister.Scope(question.AsOf!.Value),
        QuestionKind.WorkPlans => WorkPlanRegister.Scope(question.AsOf!.Value),
        QuestionKind.Meetings => MeetingTimeline.Scope,
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };

    /// <summary>FactLedger.LastSequenceAsync with no instant: the highest sequence in the event table.</summary>
    private static NpgsqlCommand LastCommittedSequence(IQuerySession session) =>
        session.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence).ToCommand(FetchType.FetchOne);
}
