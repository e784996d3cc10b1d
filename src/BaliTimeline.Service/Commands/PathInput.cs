using JasperFx.CommandLine;

namespace BaliTimeline.Service.Commands;

public class PathInput : NetCoreInput
{
    [Description("A document file, or a folder of .txt and .md documents (each may have a NAME.meta.json sidecar)")]
    public string Path { get; set; } = "";

    [Description("Print JSON for machines instead of a table")]
    public bool JsonFlag { get; set; }
}
