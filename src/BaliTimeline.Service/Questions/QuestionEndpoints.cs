using BaliTimeline.Service.Hosting;

namespace BaliTimeline.Service.Questions;

/// <summary>
/// The read-only HTTP API: every question's GET endpoint, in the order the OpenAPI document lists them. Each takes the
/// valid-time day (asOf) and the recorded-time axis (knownAt, or the watermark an earlier answer returned), and returns
/// the answer with both axes and its evidence. Endpoints only translate; the answer is the question's query.
/// </summary>
public static class QuestionEndpoints
{
    public static IEndpointRouteBuilder MapQuestions(this IEndpointRouteBuilder app)
    {
        // Every endpoint can refuse a parameter (400) and answer 503 while the database is unreachable or has no schema.
        var api = app.MapGroup("/api").WithTags("Timeline").RefuseUnknownParameters().RequireRateLimiting(QuestionConcurrency.Policy)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        GuidesEndpoint.Map(api);
        EndorsedEndpoint.Map(api);
        BodiesEndpoint.Map(api);
        CoChairsEndpoint.Map(api);
        WorkPlansEndpoint.Map(api);
        MeetingsEndpoint.Map(api);
        StreamsEndpoint.Map(api);
        EventsEndpoint.Map(api);
        return app;
    }

    /// <summary>The answer as JSON, or the problem a user can act on: a bad parameter (400), an unknown name (404).</summary>
    public static async Task<IResult> Answer<T>(Func<Task<T>> ask)
    {
        try
        {
            return Results.Json(await ask(), Json.Options);
        }
        catch (InvalidParameterException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [e.Parameter] = [e.Reason] }, title: $"Invalid parameter '{e.Parameter}'");
        }
        catch (UnknownResourceException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: e.Message);
        }
    }
}
