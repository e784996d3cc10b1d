namespace BaliTimeline.Facts;

/// <summary>
/// One kind of event: its class, the name it is stored under, and the "type" tag of its public JSON. When its shape
/// changes, it is stored under a new name, and <see cref="EarlierNames"/> keeps the names of its earlier shapes, whose
/// stored events are upcast to the class on read.
/// </summary>
public sealed record EventType(Type Type, string StoredName, string PublicName)
{
    /// <summary>The stored names of its earlier shapes, oldest first.</summary>
    public IReadOnlyList<string> EarlierNames { get; init; } = [];

    /// <summary>
    /// The name views key it by: the name it was first stored under, which later shapes keep, so rows a view wrote from
    /// the old shape and from the new are one kind, whichever version of the code reads them.
    /// </summary>
    public string Kind => EarlierNames.FirstOrDefault() ?? StoredName;

    /// <summary>Whether it is something a document states (a fact), rather than an event of the document's own life.</summary>
    public bool IsFact => Type.IsAssignableTo(typeof(Fact));
}
