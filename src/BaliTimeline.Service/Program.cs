using BaliTimeline.Service;
using JasperFx;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

// The command line reports its command discovery on the console; send that to stderr so that stdout carries only
// a command's own output (tables, or JSON that other tools parse). Each command takes stdout back when it runs.
AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

// One executable, many commands (JasperFx command line, as Marten and Wolverine use): `bali-timeline help`.
return await Host.CreateDefaultBuilder(args)
    .ConfigureTimeline()
    .RunJasperFxCommands(args);
