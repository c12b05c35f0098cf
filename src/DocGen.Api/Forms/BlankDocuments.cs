using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using DocGen.Templates.Catalog;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Forms;

/// <summary>
/// Blank forms, made once per template version and format. A blank form is the same document for everyone who
/// downloads it, and on a deadline day thousands do: converting each of those to PDF would hold the LibreOffice
/// workers that the filled forms need. Entries hang on the <see cref="FormVersion"/> object, so a version the catalog
/// reloads (a template edited in place) gets a fresh entry and the old one goes with the old object. Concurrent
/// first requests share one conversion; a failure (queue full, timeout) is not kept, the next request tries again.
/// Each document carries an entity tag: clients and proxies revalidate with <c>If-None-Match</c> and get a 304.
/// </summary>
internal sealed class BlankDocuments(FormRenderer renderer)
{
    private sealed record Made(RenderedDocument? Document, string? EntityTag, IResult? Problem);

    private readonly ConditionalWeakTable<FormVersion, ConcurrentDictionary<OutputFormat, Lazy<Task<Made>>>> _made = new();

    public async Task<IResult> GetAsync(FormVersion version, OutputFormat format, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var formats = _made.GetValue(version, _ => new ConcurrentDictionary<OutputFormat, Lazy<Task<Made>>>());
        var entry = formats.GetOrAdd(format, f => new Lazy<Task<Made>>(() => MakeAsync(version, f)));
        // The conversion is shared, so it must not end when the first caller goes away; each caller stops waiting on its own.
        var made = await entry.Value.WaitAsync(cancellationToken);
        if (made.Problem is not null)
        {
            formats.TryRemove(KeyValuePair.Create(format, entry));
            return made.Problem;
        }

        return Matches(ifNoneMatch, made.EntityTag!) ? DownloadResult.NotModified(made.EntityTag!) : DownloadResult.File(made.Document!, made.EntityTag);
    }

    private async Task<Made> MakeAsync(FormVersion version, OutputFormat format)
    {
        var (document, problem) = await renderer.ProduceBlankAsync(version, format, CancellationToken.None);
        if (document is null) return new Made(null, null, problem);
        var entityTag = $"\"{Convert.ToHexStringLower(SHA256.HashData(document.Bytes).AsSpan(0, 16))}\"";
        return new Made(document, entityTag, null);
    }

    private static bool Matches(string? ifNoneMatch, string entityTag) =>
        !string.IsNullOrEmpty(ifNoneMatch)
        && EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(entityTag), useStrongComparison: false));
}
