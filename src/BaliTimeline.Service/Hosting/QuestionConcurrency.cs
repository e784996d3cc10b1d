using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace BaliTimeline.Service.Hosting;

/// <summary>
/// How many questions the service answers at once (<c>Timeline:ConcurrentQuestions</c>, by default one per core); the
/// others wait their turn, oldest first. Once its rows are read a question is CPU work (decoding them, the view's fold,
/// the JSON), and it holds its facts in memory until it answers: beyond one per core, more at once answer no more per
/// second, and each holds its own copy of the facts.
/// </summary>
public static class QuestionConcurrency
{
    public const string Policy = "questions";

    /// <summary>Questions waiting beyond this many are refused (503) rather than queued without end.</summary>
    public const int Waiting = 1000;

    public static IServiceCollection AddQuestionConcurrency(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.AddConcurrencyLimiter(Policy, questions =>
            {
                questions.PermitLimit = configuration.GetValue("Timeline:ConcurrentQuestions", Environment.ProcessorCount);
                questions.QueueLimit = Waiting;
                questions.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
}
