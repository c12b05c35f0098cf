using System.CommandLine;
using DocGen.Cli.Commands;

var root = new RootCommand("DocGen: China's green-manufacturing program forms, filled from JSON.");
root.Subcommands.Add(AuthorCommand.Create());
return root.Parse(args).Invoke();
