using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Mentoring.Cli;

/// <summary>
/// Help in Russian throughout. System.CommandLine translates most of its words but not all
/// ("Description:", the help option itself), and the curator should not meet English.
/// </summary>
public sealed class RussianHelp : SynchronousCommandLineAction
{
    public static void Install(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Description = "Показать эту справку.";
            option.Action = new RussianHelp();
        }

        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Description = "Показать версию генератора.";
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var command = parseResult.CommandResult.Command;
        parseResult.InvocationConfiguration.Output.Write(Format(command, CommandPath(parseResult)));
        return ExitCodes.Success;
    }

    public static string Format(Command command, string path)
    {
        ArgumentNullException.ThrowIfNull(command);
        var sb = new StringBuilder();
        sb.Append("Описание:\n  ").Append(command.Description).Append("\n\n");
        var args = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.HelpName ?? a.Name}>"));
        var hasCommands = command.Subcommands.Any(c => !c.Hidden);
        sb.Append("Использование:\n  ").Append(path).Append(args).Append(hasCommands ? " [команда]" : string.Empty).Append(" [параметры]\n");
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        if (arguments.Count > 0)
        {
            sb.Append("\nАргументы:\n");
            AppendRows(sb, arguments.Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? string.Empty)));
        }

        var options = command.Options.Concat(AncestorsRecursive(command)).Where(o => !o.Hidden).Distinct().ToList();
        if (options.Count > 0)
        {
            sb.Append("\nПараметры:\n");
            AppendRows(sb, options.Select(o =>
            {
                var names = string.Join(", ", o.Aliases.Append(o.Name).Where(n => n.StartsWith('-')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
                var value = o.Arity.MaximumNumberOfValues == 0 || o.ValueType == typeof(bool) ? string.Empty : $" <{o.HelpName ?? o.Name.TrimStart('-')}>";
                return (names + value, o.Description ?? string.Empty);
            }));
        }

        if (hasCommands)
        {
            sb.Append("\nКоманды:\n");
            AppendRows(sb, command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)));
        }

        return sb.Append('\n').ToString();
    }

    private static IEnumerable<Option> AncestorsRecursive(Command command) =>
        command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive).Concat(AncestorsRecursive(p)));

    private static void AppendRows(StringBuilder sb, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => r.Name.Length) + 2;
        foreach (var (name, description) in list)
        {
            sb.Append("  ").Append(name.PadRight(width)).Append(description).Append('\n');
        }
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var r = parseResult.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(r.Command is RootCommand ? "mentoring" : r.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
