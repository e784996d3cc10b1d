namespace BaliTimeline.Service.CommandLine;

/// <summary>What every command's output can be: a table for people, or JSON for machines.</summary>
public class JsonInput : NetCoreInput
{
    [Description("Print JSON for machines instead of a table")]
    public bool JsonFlag { get; set; }
}
