using BaliTimeline.Service.CommandLine;

namespace BaliTimeline.Service.Documents;

public sealed class IngestInput : PathInput
{
    [Description("Take changed files of known names as new versions of those documents even when read from another folder than before")]
    public bool ReviseFlag { get; set; }
}
