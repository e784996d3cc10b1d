using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BaliTimeline.Service.Tests;

/// <summary>The service in process, through the real ASP.NET Core pipeline, on the test's connection and schema.</summary>
public static class TestService
{
    public static WebApplicationFactory<Program> On(string connectionString, string schema, string? environment = null)
    {
        // The service's Main hands the host to the JasperFx command line, which must start it for the test server.
        JasperFxEnvironment.AutoStartHost = true;
        return new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            if (environment is not null) web.UseEnvironment(environment);
            web.UseSetting("ConnectionStrings:Timeline", connectionString).UseSetting("Timeline:Schema", schema);
        });
    }
}
