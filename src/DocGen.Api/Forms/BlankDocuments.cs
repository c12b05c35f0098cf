using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using DocGen.Templates.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace DocGen.Api.Forms;

/// <summary>
/// Blank forms, made once per template version and format. A blank form is the same document for everyone who
/// downloads it, and on a deadline day thousands do: converting each of those to PDF would hold the LibreOffice
/// workers that the filled forms need. Entries hang on the <see cref="FormVersion"/> object, so a version the catalog
/// reloads (a template edited in place) gets a fresh entry and the old one goes with the old object. Concurrent
/// first requests share one conversion; a failure (queue full, timeout) is not kept, the next request tries again.
/// Each document carries an entity tag and the time it was made, so clients and proxies revalidate (304) and resume (206).
/// </summary>
internal sealed class BlankDocuments(FormRenderer renderer)
{
    private sealed record Made(RenderedDocument? Document, EntityTagHeaderValue? EntityTag, DateTimeOffset MadeAt, ProblemHttpResult? Problem);

    private readonly ConditionalWeakTable<FormVersion, ConcurrentDictionary<OutputFormat, Lazy<Task<Made>>>> _made = new();

    public async Task<Results<DownloadResult, ProblemHttpResult>> GetAsync(FormVersion version, OutputFormat format, CancellationToken cancellationToken)
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

        return DownloadResult.Revalidated(made.Document!, made.EntityTag!, made.MadeAt);
    }

    private async Task<Made> MakeAsync(FormVersion version, OutputFormat format)
    {
        var (document, problem) = await renderer.ProduceBlankAsync(version, format, CancellationToken.None);
        if (document is null) return new Made(null, null, default, problem);
        var entityTag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(document.Bytes).AsSpan(0, 16))}\"");
        // The time made, not the template's file time: a new DocGen may print the same template differently.
        return new Made(document, entityTag, DateTimeOffset.UtcNow, null);
    }
}
