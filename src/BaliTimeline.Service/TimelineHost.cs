using BaliTimeline.Timeline;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BaliTimeline.Service;

public static class TimelineHost
{
    public const string ConnectionVariable = "BALI_TIMELINE_CONNECTION";

    public static IHostBuilder ConfigureTimeline(this IHostBuilder builder) => builder
        .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
        .ConfigureServices((context, services) =>
        {
            // Resolved when the store is first used, so commands that never touch the database never need one.
            services.AddMarten(_ =>
            {
                var options = new StoreOptions();
                TimelineStore.Configure(options, ConnectionString(context.Configuration), context.Configuration["Timeline:Schema"] ?? TimelineStore.DefaultSchema);
                return options;
            });
        });

    public static string ConnectionString(IConfiguration configuration) =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : configuration.GetConnectionString("Timeline") is { Length: > 0 } fromConfiguration ? fromConfiguration
        : throw new CommandFailedException($"no database: set {ConnectionVariable} (ops/postgres-up.sh prints one for a project-local PostgreSQL)");
}
