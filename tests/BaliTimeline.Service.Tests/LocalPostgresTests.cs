using System.Diagnostics;
using BaliTimeline.Tests;
using Npgsql;

namespace BaliTimeline.Service.Tests;

/// <summary>
/// The quick start's own PostgreSQL (ops/postgres-up.sh), started from a checkout in a folder only its owner may enter,
/// as a clone in root's home or in a 'mktemp -d' folder is: the server still starts, and nothing of the folder changes.
/// Started twice at once, or by two checkouts at once, or again after it stopped, it ends with one running cluster per checkout.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalPostgresTests
{
    [Fact]
    public async Task a_checkout_in_a_folder_only_its_owner_may_enter_still_gets_a_cluster_of_its_own()
    {
        using var folder = new TemporaryFolder();
        File.SetUnixFileMode(folder.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var checkout = Checkout(folder, "bali-timeline");

        try
        {
            var up = await BashAsync(checkout, "postgres-up.sh");
            Assert.True(up.ExitCode == 0, up.Error);

            Assert.Equal(1, await SelectOneAsync(up.Output.Trim()));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder.Path));
        }
        finally
        {
            await DownAsync(checkout);
        }
    }

    [Fact]
    public async Task two_starts_at_once_share_one_cluster_and_two_checkouts_at_once_get_two_ports()
    {
        using var folder = new TemporaryFolder();
        var (first, second) = (Checkout(folder, "first"), Checkout(folder, "second"));

        try
        {
            var runs = await Task.WhenAll(BashAsync(first, "postgres-up.sh"), BashAsync(first, "postgres-up.sh"), BashAsync(second, "postgres-up.sh"));

            Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
            Assert.Equal(runs[0].Output, runs[1].Output);
            Assert.NotEqual(runs[0].Output, runs[2].Output);
            foreach (var run in runs) Assert.Equal(1, await SelectOneAsync(run.Output.Trim()));
        }
        finally
        {
            await DownAsync(first);
            await DownAsync(second);
        }
    }

    [Fact]
    public async Task the_exported_connection_starts_its_cluster_again_after_it_stopped()
    {
        using var folder = new TemporaryFolder();
        var checkout = Checkout(folder, "bali-timeline");

        try
        {
            var connection = (await BashAsync(checkout, "postgres-up.sh")).Output.Trim();
            Assert.Equal(0, (await BashAsync(checkout, "postgres-down.sh")).ExitCode);

            var again = await BashAsync(checkout, "postgres-up.sh", connection);

            Assert.True(again.ExitCode == 0, again.Error);
            Assert.Equal(connection, again.Output.Trim());
            Assert.Equal(1, await SelectOneAsync(connection));
        }
        finally
        {
            await DownAsync(checkout);
        }
    }

    /// <summary>A copy of the scripts, as a clone of the repository at that place would have them.</summary>
    private static string Checkout(TemporaryFolder folder, string name)
    {
        var checkout = Directory.CreateDirectory(Path.Combine(folder.Path, name)).FullName;
        Directory.CreateDirectory(Path.Combine(checkout, "ops"));
        foreach (var script in new[] { "postgres-up.sh", "postgres-down.sh", "postgres-place.sh" })
        {
            File.Copy(Path.Combine(BaliTimeline.Tests.Repository.Root, "ops", script), Path.Combine(checkout, "ops", script));
        }
        return checkout;
    }

    private static async Task DownAsync(string checkout)
    {
        var down = await BashAsync(checkout, "postgres-down.sh", arg: "--remove");
        Assert.True(down.ExitCode == 0, down.Error);
    }

    private static async Task<int> SelectOneAsync(string connectionString)
    {
        // Unpooled: every test's cluster listens on the same port, and a pooled connection would be a stopped cluster's.
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("select 1", connection);
        return (int)(await select.ExecuteScalarAsync())!;
    }

    private static async Task<(int ExitCode, string Output, string Error)> BashAsync(string checkout, string script, string? connection = null, string? arg = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(checkout, "ops", script));
        if (arg is not null) start.ArgumentList.Add(arg);
        // Clusters of their own, not the one the other tests use.
        start.Environment.Remove("BALI_TIMELINE_CONNECTION");
        if (connection is not null) start.Environment["BALI_TIMELINE_CONNECTION"] = connection;
        start.Environment["BALI_TIMELINE_PG_PORT"] = "55480";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
