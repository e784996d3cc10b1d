using System.Security.Cryptography;
using System.Text;
using BaliTimeline.Extraction.Documents;

namespace BaliTimeline.Extraction.Sources;

/// <summary>
/// Reads document files and refuses what is not a document: a missing path, an empty file, a binary or non-UTF-8
/// file, a file over <see cref="MaxBytes"/>, or a malformed sidecar. Every refusal names the file and the reason.
/// </summary>
public static class SourceDocumentReader
{
    /// <summary>2 MiB. The genre's documents are a few kilobytes; anything this large is not one of them.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public const string SidecarSuffix = ".meta.json";

    private static readonly string[] Extensions = [".txt", ".md"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The documents at a path: the file itself, or a folder's .txt and .md files in name order.</summary>
    public static IReadOnlyList<string> List(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new DocumentRejectedException(path, "no such file or folder");
        var files = Directory.EnumerateFiles(path)
            .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return files.Length == 0 ? throw new DocumentRejectedException(path, "the folder holds no .txt or .md documents") : files;
    }

    /// <summary>Reads every document at a path, refusing the whole set if any one is bad, so nothing is half-ingested.</summary>
    public static IReadOnlyList<SourceDocument> ReadAll(string path) => List(path).Select(Read).ToArray();

    public static SourceDocument Read(string path)
    {
        try
        {
            return ReadChecked(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A link to itself or to nothing, a file without read permission, a file that vanished while listed.
            throw new DocumentRejectedException(path, $"the file cannot be read ({e.Message})");
        }
    }

    private static SourceDocument ReadChecked(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new DocumentRejectedException(path, "no such file");
        if (info.Length == 0) throw new DocumentRejectedException(path, "the file is empty");
        if (info.Length > MaxBytes) throw new DocumentRejectedException(path, $"the file is {info.Length:N0} bytes, over the {MaxBytes:N0}-byte limit for a document");

        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new DocumentRejectedException(path, "the file is binary (it contains NUL bytes), not text");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentRejectedException(path, $"the file is not valid UTF-8 (bad byte at offset {e.Index})");
        }
        if (text.StartsWith('\uFEFF')) text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentRejectedException(path, "the file holds only whitespace");
        if (text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) > text.Length / 100)
        {
            throw new DocumentRejectedException(path, "the file is mostly control characters, not text");
        }

        var (metadata, metadataSha256) = ReadSidecar(path);
        return new SourceDocument(path, System.IO.Path.GetFileName(path), text, Convert.ToHexStringLower(SHA256.HashData(bytes)), metadata, metadataSha256);
    }

    private static (DocumentMetadata? Metadata, string? Sha256) ReadSidecar(string documentPath)
    {
        var sidecar = System.IO.Path.ChangeExtension(documentPath, null) + SidecarSuffix;
        if (!File.Exists(sidecar)) return (null, null);
        var bytes = File.ReadAllBytes(sidecar);
        try
        {
            return (DocumentMetadata.Parse(StrictUtf8.GetString(bytes)), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentRejectedException(sidecar, "the metadata is not valid UTF-8");
        }
        catch (FormatException e)
        {
            throw new DocumentRejectedException(sidecar, e.Message);
        }
    }
}
