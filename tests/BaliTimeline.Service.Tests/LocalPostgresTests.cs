using System.Diagnostics;
using BaliTimeline.Tests;
using Npgsql;

namespace BaliTimeline.Service.Tests;

/// <summary>
/// The quick start's own PostgreSQL (ops/postgres-up.sh), started from a checkout in a folder only its owner may enter,
/// as a clone in root's home or in a 'mktemp -d' folder is: the server still starts, and nothing of the folder changes.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalPostgresTests
{
    [Fact]
    public async Task a_checkout_in_a_folder_only_its_owner_may_enter_still_gets_a_cluster_of_its_own()
    {
        using var folder = new TemporaryFolder();
        var checkout = Directory.CreateDirectory(Path.Combine(folder.Path, "bali-timeline")).FullName;
        File.SetUnixFileMode(folder.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(Path.Combine(checkout, "ops"));
        foreach (var script in new[] { "postgres-up.sh", "postgres-down.sh", "postgres-place.sh" })
        {
            File.Copy(Path.Combine(BaliTimeline.Tests.Repository.Root, "ops", script), Path.Combine(checkout, "ops", script));
        }

        try
        {
            var up = await BashAsync(Path.Combine(checkout, "ops", "postgres-up.sh"));
            Assert.True(up.ExitCode == 0, up.Error);

            await using var connection = new NpgsqlConnection(up.Output.Trim());
            await connection.OpenAsync();
            await using var select = new NpgsqlCommand("select 1", connection);
            Assert.Equal(1, await select.ExecuteScalarAsync());
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder.Path));
        }
        finally
        {
            var down = await BashAsync(Path.Combine(checkout, "ops", "postgres-down.sh"), "--remove");
            Assert.True(down.ExitCode == 0, down.Error);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> BashAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Its own cluster, not the one the other tests use.
        start.Environment.Remove("BALI_TIMELINE_CONNECTION");
        start.Environment["BALI_TIMELINE_PG_PORT"] = "55480";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
