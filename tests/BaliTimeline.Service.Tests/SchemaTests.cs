using System.Net;
using BaliTimeline.Tests;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace BaliTimeline.Service.Tests;

/// <summary>
/// Who changes the schema: `db-apply`, or a development start; never a production command. `db-assert` (Marten's
/// own check that the database matches the configuration) passes after `db-apply` and after any ingestion.
/// </summary>
public sealed class SchemaTests(PostgresServer server) : IAsyncDisposable
{
    private readonly TimelineDatabase database = new(server);
    private readonly TemporaryFolder folder = new();

    private Dictionary<string, string?> Environment(string environment) =>
        new(database.CommandLineEnvironment) { ["DOTNET_ENVIRONMENT"] = environment };

    public async ValueTask DisposeAsync()
    {
        folder.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task a_production_command_on_a_database_without_the_schema_fails_with_the_remedy_and_creates_nothing()
    {
        var ingest = await CommandLine.RunAsync(Environment("Production"), "ingest", Repository.Seeds);
        var ask = await CommandLine.RunAsync(Environment("Production"), "guides", "--json");

        Assert.All([ingest, ask], run => Assert.NotEqual(0, run.ExitCode));
        Assert.All([ingest, ask], run => Assert.Contains("run `bali-timeline db-apply`", run.Error));
        Assert.Equal(0, await TableCountAsync());
    }

    [Fact]
    public async Task a_production_service_starts_and_answers_without_creating_anything()
    {
        await using var factory = TestService.On(server.ConnectionString, database.Schema, "Production");
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var question = await client.GetAsync("/api/guides");

        Assert.True(live.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, question.StatusCode);
        Assert.Contains("run `bali-timeline db-apply`", await question.Content.ReadAsStringAsync());
        Assert.Equal(0, await TableCountAsync());
    }

    [Fact]
    public async Task a_database_that_cannot_be_reached_is_a_503_with_the_reason_not_a_500()
    {
        await using var factory = TestService.On("Host=127.0.0.1;Port=1;Username=nobody;Database=nothing;Timeout=2", database.Schema, "Production");
        using var client = factory.CreateClient();

        using var question = await client.GetAsync("/api/guides");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, question.StatusCode);
        Assert.Contains("cannot use the database", await question.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task db_assert_passes_after_db_apply_and_after_every_kind_of_ingestion()
    {
        var production = Environment("Production");
        Assert.NotEqual(0, (await CommandLine.RunAsync(production, "db-assert")).ExitCode);
        Assert.Equal(0, (await CommandLine.RunAsync(production, "db-apply")).ExitCode);
        Assert.Equal(0, (await CommandLine.RunAsync(production, "db-assert")).ExitCode);

        var seed = File.ReadAllText(Path.Combine(Repository.Seeds, "003_13f869a57a0fdb6a.txt"));
        var path = folder.Write("statement.txt", seed);
        Assert.Equal(0, (await CommandLine.RunAsync(production, "ingest", Repository.Seeds)).ExitCode);
        Assert.Equal(0, (await CommandLine.RunAsync(production, "ingest", path)).ExitCode);
        File.WriteAllText(path, seed.Replace("Australian Border Force", "Department of Home Affairs"));
        Assert.Equal(0, (await CommandLine.RunAsync(production, "ingest", path)).ExitCode);

        var assert = await CommandLine.RunAsync(production, "db-assert");
        Assert.True(assert.ExitCode == 0, assert.Output + assert.Error);
    }

    [Fact]
    public async Task development_ingestions_started_together_on_a_fresh_database_create_the_whole_schema_once()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => CommandLine.RunAsync(Environment("Development"), "ingest", Repository.Seeds)));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));

        var assert = await CommandLine.RunAsync(Environment("Production"), "db-assert");
        Assert.True(assert.ExitCode == 0, assert.Output + assert.Error);
    }

    private async Task<long> TableCountAsync()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from information_schema.tables where table_schema = @schema", connection);
        count.Parameters.AddWithValue("schema", database.Schema);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
