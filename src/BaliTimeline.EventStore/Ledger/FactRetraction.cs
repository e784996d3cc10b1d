namespace BaliTimeline.EventStore.Ledger;

/// <summary>A fact's retraction as recorded: <see cref="Id"/> is the retracted fact's event id.</summary>
public sealed record FactRetraction(Guid Id, string Stream, long Sequence, string Reason);
