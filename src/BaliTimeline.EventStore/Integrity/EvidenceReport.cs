namespace BaliTimeline.EventStore.Integrity;

/// <summary>What checking the evidence found: documents and facts checked, the problems, and the streams whose file was not given.</summary>
public sealed record EvidenceReport(int Documents, int Facts, IReadOnlyList<EvidenceProblem> Problems, IReadOnlyList<string> StreamsWithoutFile);
