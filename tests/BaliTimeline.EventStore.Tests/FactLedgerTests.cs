using BaliTimeline.EventStore.Ledger;
using BaliTimeline.EventStore.Views;
using BaliTimeline.Tests;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// A question reads only the facts of its scope, by index; it must read exactly those the whole ledger holds for it
/// at its watermark: the same rows, retractions included, as filtering everything known then.
/// </summary>
public sealed class FactLedgerTests(PostgresServer server) : StoreTest(server)
{

    public static TheoryData<string> Scopes => ["guides", "work plans", "meetings", "bodies", "co-chairs of TIPWG", "co-chairs of Task Force on Planning and Preparedness"];

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task a_scope_s_facts_at_every_watermark_are_the_whole_ledger_s_facts_of_that_scope(string name)
    {
        var scope = Scope(name);
        // A revision retracts facts, so some watermarks see a fact that later ones no longer do.
        await IngestSeedsAndARevisionAsync();

        await using var session = Database.Store.QuerySession();
        var everything = FactScope.Of(Facts.EventTypes.All.Where(t => t.IsFact).Select(t => t.Type).ToArray());
        var last = await FactLedger.LastSequenceAsync(session, null);
        var compared = 0;
        for (var watermark = 0L; watermark <= last; watermark += 7)
        {
            var all = await FactLedger.KnownAtAsync(session, everything, watermark);
            var expected = all.Where(r => scope.Kinds.Contains(r.Kind) && (scope.Body is null || r.Body == scope.Body)).Select(r => r.Id);

            Assert.Equal(expected, (await FactLedger.KnownAtAsync(session, scope, watermark)).Select(r => r.Id));
            compared += expected.Count();
        }
        Assert.True(compared > 0, $"the seeds hold no facts of the scope '{name}'");
    }

    private static FactScope Scope(string name) => name switch
    {
        "guides" => GuideRegister.Scope,
        "work plans" => WorkPlanRegister.Scope,
        "meetings" => MeetingTimeline.Scope,
        "bodies" => BodyDirectory.Scope,
        _ => CoChairRegister.Scope(BodyDirectory.Find(name["co-chairs of ".Length..])!),
    };
}
