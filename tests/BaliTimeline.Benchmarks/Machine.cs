using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace BaliTimeline.Benchmarks;

/// <summary>What the figures were measured on: they mean little without it.</summary>
internal sealed record Machine(int Cores, string Cpu, double MemoryGiB, string PostgreSql, string Os, string Runtime)
{
    public override string ToString() =>
        $"{Cores} cores ({Cpu}), {MemoryGiB:N1} GiB RAM, PostgreSQL {PostgreSql}, {Os}, {Runtime}";

    public static async Task<Machine> DescribeAsync(string connection)
    {
        await using var database = new NpgsqlConnection(connection);
        await database.OpenAsync();
        await using var version = new NpgsqlCommand("show server_version", database);
        var postgres = (string)(await version.ExecuteScalarAsync())!;
        return new Machine(Environment.ProcessorCount, ProcField("/proc/cpuinfo", "model name") ?? "unknown CPU",
            double.Parse((ProcField("/proc/meminfo", "MemTotal") ?? "0").Replace("kB", "").Trim(), CultureInfo.InvariantCulture) / (1024 * 1024),
            postgres, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
    }

    /// <summary>The value of the first "name: value" line of a /proc file.</summary>
    private static string? ProcField(string file, string name) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault()
            : null;
}
