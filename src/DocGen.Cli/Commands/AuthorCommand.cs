using System.CommandLine;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen author source.txt -o template.docx</c>: lays out a form source as a Word template.</summary>
internal static class AuthorCommand
{
    public static Command Create()
    {
        var source = new Argument<FileInfo>("source") { Description = "the template.src.txt to compile" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "where to write the DOCX (default: template.docx beside the source)" };
        var command = new Command("author", "Compile a form source (docs/authoring.md) into a template.docx.") { source, output };
        command.SetAction(parse =>
        {
            Console.Error.WriteLine("not implemented yet");
            return 2;
        });
        return command;
    }
}
