using JasperFx.CommandLine;

namespace BaliTimeline.Service.Commands;

public class DocumentInput : NetCoreInput
{
    [Description("The document: its file name (with or without extension), path, or stream key")]
    public string Document { get; set; } = "";

    [Description("Print JSON for machines instead of a table")]
    public bool JsonFlag { get; set; }
}
