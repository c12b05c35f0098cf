using System.Security.Cryptography;
using System.Text;

namespace DocGen.Api.Access;

/// <summary>
/// The configured API keys, held as SHA-256 digests and compared in fixed time, so neither a timing difference nor
/// a log line gives a key away. A client is named by a short digest prefix (for rate-limit partitions and logs).
/// </summary>
internal sealed class ApiKeys
{
    public const string Header = "X-Api-Key";

    private readonly List<byte[]> _digests;

    public ApiKeys(AccessOptions options) =>
        _digests = options.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k.Trim()))).ToList();

    public bool Required => _digests.Count > 0;

    /// <summary>The client id for a presented key (<c>key:1a2b3c4d</c>), or null when it is not one of the configured keys.</summary>
    public string? Identify(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return null;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented.Trim()));
        var match = false;
        foreach (var known in _digests) match |= CryptographicOperations.FixedTimeEquals(known, digest);
        return match ? "key:" + Convert.ToHexStringLower(digest.AsSpan(0, 4)) : null;
    }
}
