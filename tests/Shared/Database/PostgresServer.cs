using Testcontainers.PostgreSql;

[assembly: AssemblyFixture(typeof(BaliTimeline.Tests.PostgresServer))]

namespace BaliTimeline.Tests;

/// <summary>
/// The real PostgreSQL all integration tests share: the one named by BALI_TIMELINE_CONNECTION when set (CI, machines
/// without Docker, where ops/postgres-up.sh starts a project-local cluster), otherwise a Testcontainers PostgreSQL.
/// Tests isolate themselves by schema (<see cref="TimelineDatabase"/>).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string ConnectionVariable = "BALI_TIMELINE_CONNECTION";

    private PostgreSqlContainer? container;

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        await container.StartAsync();
        ConnectionString = container.GetConnectionString();
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null) await container.DisposeAsync();
    }
}
