using System.Text.Json.Serialization;
using BaliTimeline.Service.CommandLine;
using BaliTimeline.Service.Hosting;
using BaliTimeline.Service.Questions;
using JasperFx;
using Scalar.AspNetCore;

// stdout carries only a command's own output (tables, help, or JSON that other tools parse); usage errors go to stderr.
var output = new JasperFxOutputFilter(Console.Out, Console.Error);
AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Out = new AnsiConsoleOutput(output),
    Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
});

var builder = WebApplication.CreateBuilder(args);
// Logs go to stderr for the same reason: stdout belongs to the command's output.
builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
// At the default level a command or a request logs only what needs attention: no DDL, no line per request.
foreach (var noisy in new[] { "Microsoft.AspNetCore", "Marten", "Weasel", "JasperFx" }) builder.Logging.AddFilter(noisy, LogLevel.Warning);
// A failed database command reaches its caller as an exception, which says it in one line (a lost race is retried);
// Marten logging the SQL and stack trace as well would say it again in hundreds.
builder.Logging.AddFilter("Marten.IDocumentStore", LogLevel.None);
builder.Services.AddTimeline(builder.Configuration, builder.Environment);
builder.Services.AddQuestionConcurrency(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
builder.Services.AddOpenApi(openApi => openApi.AddSchemaTransformer<PartialDateSchema>());
// Answers are written with Json.Options, which write numbers as numbers; the schema generator reads these options and
// would otherwise describe every number as "integer or string".
builder.Services.ConfigureHttpJsonOptions(http => http.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
builder.Host.ApplyJasperFxExtensions();

var app = builder.Build();
app.UseExceptionHandler();
// An unknown path is a 404 problem document like every other refusal, not an empty response.
app.UseStatusCodePages();
app.UseRateLimiter();
app.MapOpenApi();
app.MapScalarApiReference("/docs");
app.MapQuestions();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });

// One executable, many commands (JasperFx command line, as Marten and Wolverine use): `bali-timeline help`;
// `bali-timeline run` (the default) serves the HTTP API.
var help = HelpRequest.Of(args);
var exitCode = await app.RunJasperFxCommands(help ?? args);
return help is not null && !output.UsageError ? 0 : exitCode;

/// <summary>Exposed for the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
