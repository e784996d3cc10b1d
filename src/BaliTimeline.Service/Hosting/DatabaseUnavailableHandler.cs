using Microsoft.AspNetCore.Diagnostics;

namespace BaliTimeline.Service.Hosting;

/// <summary>A database that cannot answer is a 503 with the reason, not a 500: the service is fine, its store is not.</summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseProblem.Describe(exception) is not { } reason) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "The database is unavailable", Detail = reason },
        });
    }
}
