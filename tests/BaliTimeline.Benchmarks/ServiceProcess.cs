using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BaliTimeline.Tests;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// The real service, started as its own process from the Release build (as it runs in production: Production
/// environment, schema from configuration, no schema changes), on a free local port, with an HTTP client for it.
/// Its own process, so its latency includes the network stack and its memory can be read from the kernel.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(90);

    private readonly string connection;
    private readonly string schema;
    private readonly Uri address = new($"http://127.0.0.1:{FreePort()}");
    private readonly Queue<string> lastLines = new();
    private Process? process;
    private double peakOfEarlierProcesses;

    private ServiceProcess(string connection, string schema)
    {
        this.connection = connection;
        this.schema = schema;
    }

    public static string Executable => Path.Combine(Repository.Root, "src", "BaliTimeline.Service", "bin", "Release", "net10.0", "bali-timeline.dll");

    /// <summary>A client for the running process (a new one after a restart, so no pooled connection is to the old one).</summary>
    public HttpClient Client { get; private set; } = null!;

    public static async Task<ServiceProcess> StartAsync(string connection, string schema)
    {
        if (!File.Exists(Executable)) throw new InvalidOperationException($"{Executable} is missing: build the service in Release first (ops/bench.sh does)");
        var service = new ServiceProcess(connection, schema);
        try
        {
            await service.LaunchAsync();
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stops the service and starts it again on the same port. An abandoned question goes on being computed after its
    /// client gave up (the views do not observe cancellation); a fresh process is the only way to stop that work.
    /// </summary>
    public async Task RestartAsync()
    {
        peakOfEarlierProcesses = PeakResidentMiB();
        await StopAsync();
        await LaunchAsync();
    }

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // `run --urls` is how ops/serve.sh sets the port.
        foreach (var argument in new[] { Executable, "run", "--urls", address.ToString().TrimEnd('/') }) start.ArgumentList.Add(argument);
        start.Environment["BALI_TIMELINE_CONNECTION"] = connection;
        start.Environment["Timeline__Schema"] = schema;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        Client?.Dispose();
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = address, Timeout = TimeSpan.FromHours(1) };
        var started = Process.Start(start)!;
        process = started;
        started.OutputDataReceived += (_, e) => Keep(e.Data);
        started.ErrorDataReceived += (_, e) => Keep(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        await WaitUntilReadyAsync(started);
    }

    /// <summary>The service's peak resident memory so far (VmHWM), in MiB, over every process it ran as.</summary>
    public double PeakResidentMiB()
    {
        if (process is null || process.HasExited) return peakOfEarlierProcesses;
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return Math.Max(peakOfEarlierProcesses, long.Parse(line["VmHWM:".Length..].Replace("kB", "").Trim(), System.Globalization.CultureInfo.InvariantCulture) / 1024.0);
    }

    private async Task WaitUntilReadyAsync(Process started)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (started.HasExited) throw new InvalidOperationException($"the service exited with code {started.ExitCode}:\n{Output()}");
            try
            {
                using var response = await Client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (waited.Elapsed > ReadyDeadline) throw new TimeoutException($"the service was not ready after {ReadyDeadline.TotalSeconds:N0} s:\n{Output()}");
            await Task.Delay(100);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 30) lastLines.Dequeue();
        }
    }

    private string Output()
    {
        lock (lastLines) return string.Join('\n', lastLines);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task StopAsync()
    {
        if (process is null) return;
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client?.Dispose();
    }
}
