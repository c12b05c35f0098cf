using System.CommandLine;
using DocGen.Authoring;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen author source.txt -o template.docx</c>: lays out a form source as a Word template.</summary>
internal static class AuthorCommand
{
    public static Command Create()
    {
        var source = new Argument<FileInfo>("source") { Description = "the template.src.txt to compile" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "where to write the DOCX (default: template.docx beside the source)" };
        var command = new Command("author", "Compile a form source (docs/authoring.md) into a template.docx.") { source, output };
        command.SetAction(parse => Run(parse.GetValue(source)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo source, FileInfo? output)
    {
        // Errors name the source as the user typed it, in the file:line form editors and CI annotate.
        var name = source.ToString();
        if (!source.Exists)
        {
            Console.Error.WriteLine($"{name}: error: file not found");
            return 1;
        }

        var result = FormSourceCompiler.Compile(File.ReadAllText(source.FullName));
        if (result.Docx is null)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"{name}:{error.Line}: error: {error.Message}");
            }

            return 1;
        }

        var target = output ?? new FileInfo(Path.Combine(source.DirectoryName ?? ".", "template.docx"));
        target.Directory?.Create();
        File.WriteAllBytes(target.FullName, result.Docx);
        Console.WriteLine($"{target}: {result.Docx.Length} bytes");
        return 0;
    }
}
