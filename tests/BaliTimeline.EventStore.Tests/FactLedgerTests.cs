using BaliTimeline.EventStore.Ledger;
using BaliTimeline.EventStore.Views;
using BaliTimeline.Tests;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// A question reads only the facts of its scope, by index; it must read exactly those the whole ledger holds for it
/// at its watermark: the same rows, retractions included, as filtering everything known then. A view as of a day
/// reads only the facts dated by then, so its answer must not depend on any other.
/// </summary>
public sealed class FactLedgerTests(PostgresServer server) : StoreTest(server)
{

    /// <summary>Each scope, and for a view as of a day a day within the seeds' years, so that it leaves some facts out.</summary>
    public static TheoryData<string, string?> Scopes => new()
    {
        { "guides", "2018-05-16" }, { "work plans", "2020-11-09" }, { "meetings", null }, { "bodies", null },
        { "co-chairs of TIPWG", "2018-05-16" }, { "co-chairs of Task Force on Planning and Preparedness", "2024-11-18" },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task a_scope_s_facts_at_every_watermark_are_the_whole_ledger_s_facts_of_that_scope(string name, string? day)
    {
        var scope = Scope(name, day is null ? default : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        // A revision retracts facts, so some watermarks see a fact that later ones no longer do.
        await IngestSeedsAndARevisionAsync();

        await using var session = Database.Store.QuerySession();
        var last = await FactLedger.LastSequenceAsync(session, null);
        var compared = 0;
        for (var watermark = 0L; watermark <= last; watermark += 7)
        {
            var all = await FactLedger.KnownAtAsync(session, Everything, watermark);
            var expected = all.Where(r => scope.Kinds.Contains(r.Kind) && (scope.Body is null || r.Body == scope.Body)
                && (scope.ValidBy is null || r.ValidFrom is null || r.ValidFrom <= FactRecord.DayKey(scope.ValidBy))).Select(r => r.Id);

            Assert.Equal(expected, (await FactLedger.KnownAtAsync(session, scope, watermark)).Select(r => r.Id));
            compared += expected.Count();
        }
        Assert.True(compared > 0, $"the seeds hold no facts of the scope '{name}'");
    }

    [Fact]
    public async Task a_view_as_of_a_day_answers_the_same_from_the_facts_dated_by_then_as_from_all_its_facts()
    {
        await IngestSeedsAndARevisionAsync();
        await using var session = Database.Store.QuerySession();
        var last = await FactLedger.LastSequenceAsync(session, null);
        var facts = await FactLedger.KnownAtAsync(session, Everything, last);
        // Each day a fact begins, and the day before: where a fact enters the scope or is still left out.
        var days = facts.Select(r => r.ValidFrom).OfType<int>().Where(d => d > FactRecord.DayKey(DateOnly.MinValue))
            .Select(d => new DateOnly(d / 10_000, d / 100 % 100, d % 100))
            .SelectMany(d => new[] { d.AddDays(-1), d }).Distinct().Order().ToArray();
        var body = BodyDirectory.Find("TIPWG")!;
        // Each view as of a day: its scope, and its answer to the facts read, as JSON.
        (Func<DateOnly, FactScope> Scope, Func<IReadOnlyList<FactRecord>, DateOnly, string> Answer)[] views =
        [
            (GuideRegister.Scope, (f, day) => Json(GuideRegister.Answer(f, day))),
            (WorkPlanRegister.Scope, (f, day) => Json(WorkPlanRegister.Answer(f, day))),
            (day => CoChairRegister.Scope(body, day), (f, day) => Json(CoChairRegister.Answer(f, body, day))),
        ];

        var cut = 0;
        foreach (var day in days)
        {
            foreach (var (scope, answer) in views)
            {
                var all = await FactLedger.KnownAtAsync(session, scope(day) with { ValidBy = null }, last);
                var datedByThen = await FactLedger.KnownAtAsync(session, scope(day), last);

                Assert.Equal(answer(all, day), answer(datedByThen, day));
                cut += all.Count - datedByThen.Count;
            }
        }
        Assert.True(cut > 0, "no day left any fact out of a scope");
    }

    private static readonly FactScope Everything = FactScope.Of(Facts.EventTypes.All.Where(t => t.IsFact).Select(t => t.Type).ToArray());

    private static string Json<T>(T answer) => System.Text.Json.JsonSerializer.Serialize(answer);

    private static FactScope Scope(string name, DateOnly day) => name switch
    {
        "guides" => GuideRegister.Scope(day),
        "work plans" => WorkPlanRegister.Scope(day),
        "meetings" => MeetingTimeline.Scope,
        "bodies" => BodyDirectory.Scope,
        _ => CoChairRegister.Scope(BodyDirectory.Find(name["co-chairs of ".Length..])!, day),
    };
}
