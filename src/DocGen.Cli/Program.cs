using System.CommandLine;
using DocGen.Cli.Commands;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var root = new RootCommand("DocGen: China's green-manufacturing program forms, filled from JSON.");
root.Options.Add(CommonOptions.Templates);
root.Subcommands.Add(FormsCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(BatchCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(LintCommand.Create());
root.Subcommands.Add(DumpCommand.Create());
root.Subcommands.Add(CoverageCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(VersionCommand.Create());
root.Subcommands.Add(AuthorCommand.Create());
return root.Parse(args).Invoke();
