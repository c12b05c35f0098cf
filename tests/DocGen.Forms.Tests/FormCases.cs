using DocGen.Forms.Tests.Support;
using DocGen.Templates.Catalog;

namespace DocGen.Forms.Tests;

/// <summary>Every version of every form in the repository's catalog, loaded once for all tests.</summary>
public static class FormCases
{
    private static readonly Lazy<FormCatalog> Shared = new(() => new FormCatalog(Repository.Templates));

    internal static FormCatalog Catalog => Shared.Value;

    public static TheoryData<string> Versions()
    {
        var data = new TheoryData<string>();
        foreach (var form in Catalog.Current.Forms)
            foreach (var version in form.Versions) data.Add(version.Key);
        return data;
    }

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var form in Catalog.Current.Forms)
        {
            foreach (var version in form.Versions)
                foreach (var sample in version.Samples.Keys) data.Add(version.Key, sample);
        }

        return data;
    }

    internal static FormVersion Find(string key)
    {
        var reference = FormReference.Parse(key)!;
        return Catalog.Current.Find(reference.Authority, reference.Form)!.Find(reference.Version)!;
    }
}
