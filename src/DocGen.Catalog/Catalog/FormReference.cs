namespace DocGen.Templates.Catalog;

/// <summary>
/// A form as people name it: <c>authority/form</c>, or <c>authority/form@version</c> for one of its versions
/// (<c>henan/green-factory-self-evaluation@2023</c>). The CLI's arguments, the template check's <c>form</c>
/// field and form.yaml's <c>base:</c> are all read here.
/// </summary>
/// <param name="Version">The version after '@'; null when none was named (the latest is meant).</param>
public sealed record FormReference(string Authority, string Form, string? Version)
{
    /// <summary><c>authority/form</c>, without the version.</summary>
    public string Id => $"{Authority}/{Form}";

    /// <summary>
    /// Reads <paramref name="text"/> (surrounding white space ignored); null unless it is two non-empty names
    /// joined by one '/', followed, if at all, by '@' and a non-empty version.
    /// </summary>
    public static FormReference? Parse(string text)
    {
        var at = text.Trim().Split('@', 2);
        var names = at[0].Split('/');
        if (names.Length != 2 || names[0].Length == 0 || names[1].Length == 0 || at is [_, ""]) return null;
        return new FormReference(names[0], names[1], at.Length == 2 ? at[1] : null);
    }

    public override string ToString() => Version is null ? Id : $"{Id}@{Version}";
}
