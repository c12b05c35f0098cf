using System.CommandLine;
using DocGen.Templates.Versions;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen version new authority/form 2024 --notice notices/…</c>: next year's version from its new notice, and what to review.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var form = CommonOptions.FormId();
        var version = new Argument<string>("version") { Description = "the new version's name, e.g. 2024" };
        var notice = new Option<string>("--notice") { Description = "the new notice, relative to the repository (notices/henan/….txt)", Required = true };
        var create = new Command("new", "Make a new version from a new notice: years, 文号, attachment number and source lines set; what a person must still review printed.") { form, version, notice };
        create.SetAction(parse =>
        {
            using var catalog = CommonOptions.OpenCatalog(parse);
            var found = CommonOptions.Resolve(catalog, parse.GetValue(form)!, null);
            if (found is null) return 2;
            VersionDraft draft;
            try
            {
                draft = VersionCreator.Create(catalog.Current.Find(found.Authority, found.Form)!, parse.GetValue(version)!, parse.GetValue(notice)!);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            Console.WriteLine($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), draft.Directory)} ({(draft.StandsOn is null ? "a full copy: the text changes" : $"on {draft.StandsOn}: only constants change")})");
            foreach (var setting in draft.Settings) Console.WriteLine($"  set {setting}");
            Print("notice text the template lacks (add it to the template)", draft.NoticeTextMissing);
            Print("template text the new notice no longer has (remove or reword it)", draft.TemplateTextDropped);
            foreach (var diagnostic in draft.Diagnostics.Where(d => d.IsError)) Console.WriteLine($"error: {diagnostic}");
            return draft.Diagnostics.Any(d => d.IsError) ? 1 : 0;
        });
        return new Command("version", "Versions of a form.") { create };
    }

    private static void Print(string heading, IReadOnlyList<ReviewItem> items)
    {
        Console.WriteLine($"{heading}: {(items.Count == 0 ? "none" : items.Count.ToString())}");
        foreach (var item in items) Console.WriteLine($"  {item.Place}: {item.Text}");
    }
}
