using BaliTimeline.EventStore;
using JasperFx;
using Marten;

namespace BaliTimeline.Service.Hosting;

public static class TimelineServices
{
    public const string ConnectionVariable = "BALI_TIMELINE_CONNECTION";

    /// <summary>Marten and the timeline's queries. The connection string is read when the store is first used, so
    /// commands that never touch the database (extract, help) never need one.</summary>
    public static IServiceCollection AddTimeline(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // The schema is changed by `db-apply` (ops/run.sh runs it), which an operator can preview with `db-patch`;
        // a production start or command never alters it. Development creates and updates it on start.
        services.CritterStackDefaults(defaults =>
        {
            defaults.Production.ResourceAutoCreate = AutoCreate.None;
            defaults.Development.ResourceAutoCreate = AutoCreate.CreateOrUpdate;
        });
        var marten = services.AddMarten(_ =>
        {
            var options = new StoreOptions();
            TimelineStore.Configure(options, ConnectionString(configuration), configuration["Timeline:Schema"] ?? TimelineStore.DefaultSchema);
            return options;
        });
        if (environment.IsDevelopment()) marten.ApplyAllDatabaseChangesOnStartup();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TimelineQueries>();
        return services;
    }

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Timeline") is { Length: > 0 } fromConfiguration ? fromConfiguration
        : Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : throw new CommandFailedException($"no database: set {ConnectionVariable} (ops/postgres-up.sh prints one for a project-local PostgreSQL)");
}
