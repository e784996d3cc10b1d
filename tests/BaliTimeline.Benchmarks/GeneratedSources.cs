using System.Security.Cryptography;
using System.Text;
using BaliTimeline.Corpus;
using BaliTimeline.Extraction.Sources;

namespace BaliTimeline.Benchmarks;

/// <summary>
/// Generated documents as the ingester takes them: the <see cref="SourceDocument"/> that <see cref="SourceDocumentReader"/>
/// would read from the file <see cref="CorpusWriter"/> writes (same text, SHA-256 of the same UTF-8 bytes, no
/// sidecar), made in memory so a large corpus needs neither disk nor the time to write and read it back.
/// </summary>
internal static class GeneratedSources
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SourceDocument Of(GeneratedDocument document) =>
        new(Path.Combine("generated", document.FileName), document.FileName, document.Text,
            Convert.ToHexStringLower(SHA256.HashData(Utf8.GetBytes(document.Text))), Metadata: null, MetadataSha256: null);
}
