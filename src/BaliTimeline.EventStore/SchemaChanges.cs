using Marten;
using Npgsql;

namespace BaliTimeline.EventStore;

/// <summary>
/// Creates or updates the schema to match the code, one process at a time. Marten serialises its own start-up
/// migration with an advisory lock, but a direct <c>ApplyAllConfiguredChangesToDatabaseAsync</c> does not, and two
/// processes creating one fresh schema at once fail on each other's tables (42P07). Every apply takes the same lock
/// as Marten's start-up, held on a connection of its own until the changes are made.
/// </summary>
public static class SchemaChanges
{
    public static async Task ApplyAsync(IDocumentStore store)
    {
        var lockId = ((StoreOptions)store.Options).ApplyChangesLockId;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await Execute(connection, $"select pg_advisory_lock({lockId})");
        try
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        }
        finally
        {
            await Execute(connection, $"select pg_advisory_unlock({lockId})");
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
