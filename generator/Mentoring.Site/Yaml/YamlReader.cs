using System.Collections.Immutable;
using Mentoring.Engine;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mentoring.Site.Yaml;

/// <summary>
/// Reads YAML text into <see cref="YamlNode"/>s with positions. Stricter than YAML itself, on purpose:
/// duplicate keys are errors (YAML says so, most parsers let the last one win), and anchors/aliases are
/// refused — the curator never needs them, and refusing them makes alias bombs impossible.
/// </summary>
public static class YamlReader
{
    public const string SyntaxCode = "MNT0201";
    public const string DuplicateKeyCode = "MNT0202";
    public const string AliasCode = "MNT0203";
    public const string NonScalarKeyCode = "MNT0204";
    public const string TooDeepCode = "MNT0205";

    /// <summary>Maximum nesting depth; deeper input is refused instead of risking the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Parses one YAML document. Returns null (and reports) on any error. <paramref name="lineOffset"/> is
    /// added to every line so front matter errors point at the real line of the Markdown file.
    /// </summary>
    public static YamlNode? Read(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);

        // A local bag: the shared one is filled by other documents in parallel.
        var local = new DiagnosticBag();
        var root = Parse(text, path, local, lineOffset);
        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : root;
    }

    private static YamlNode? Parse(string text, string path, DiagnosticBag diagnostics, int lineOffset)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, path, diagnostics, lineOffset, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var ev = parser.Current!;
                diagnostics.Add(Diagnostic.Error(SyntaxCode,
                    "В файле несколько YAML-документов (разделитель «---»). Оставьте один документ.",
                    path, (int)ev.Start.Line + lineOffset, (int)ev.Start.Column));
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            var (line, column) = ((int)ex.Start.Line, (int)ex.Start.Column);
            if ((ex.InnerException?.Message ?? ex.Message).Contains("tab", StringComparison.OrdinalIgnoreCase) && FindIndentTab(text) is { } tab)
            {
                // The parser points at the enclosing block; the curator needs the line with the tab.
                (line, column) = tab;
            }

            diagnostics.Add(Diagnostic.Error(SyntaxCode,
                $"Ошибка в записи YAML: {Explain(ex)}. Проверьте отступы (только пробелы, одинаковые на одном уровне), двоеточие с пробелом после имени поля и парные кавычки.",
                path, line + lineOffset, column));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            diagnostics.Add(Diagnostic.Error(SyntaxCode,
                "Ошибка в записи YAML: запись не распознана (вероятно, незакрытая скобка или кавычка). Проверьте отступы (только пробелы, одинаковые на одном уровне), двоеточие с пробелом после имени поля и парные кавычки и скобки.",
                path, 1 + lineOffset, 1));
            return null;
        }
        catch (TooDeepException ex)
        {
            diagnostics.Add(Diagnostic.Error(TooDeepCode,
                $"Слишком глубокая вложенность YAML (больше {MaxDepth} уровней). Упростите структуру.",
                path, ex.Line + lineOffset, ex.Column));
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, string path, DiagnosticBag diagnostics, int lineOffset, int depth)
    {
        var ev = parser.Current ?? throw new YamlException("unexpected end of input");
        var line = (int)ev.Start.Line + lineOffset;
        var column = (int)ev.Start.Column;
        if (depth > MaxDepth)
        {
            throw new TooDeepException(line - lineOffset, column);
        }

        switch (ev)
        {
            case AnchorAlias:
                diagnostics.Add(Diagnostic.Error(AliasCode,
                    "Ссылки YAML (псевдонимы «*имя») не поддерживаются. Запишите значение полностью.", path, line, column));
                parser.MoveNext();
                return new YamlScalar(string.Empty, false, line, column);
            case Scalar s:
                parser.MoveNext();
                ReportAnchor(s.Anchor, path, diagnostics, line, column);
                return new YamlScalar(s.Value, s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded, line, column);
            case SequenceStart seq:
            {
                ReportAnchor(seq.Anchor, path, diagnostics, line, column);
                parser.MoveNext();
                var items = ImmutableArray.CreateBuilder<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, path, diagnostics, lineOffset, depth + 1));
                }

                return new YamlSequence(items.ToImmutable(), line, column);
            }

            case MappingStart map:
            {
                ReportAnchor(map.Anchor, path, diagnostics, line, column);
                parser.MoveNext();
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlNode>>();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, path, diagnostics, lineOffset, depth + 1);
                    var value = ReadNode(parser, path, diagnostics, lineOffset, depth + 1);
                    if (keyNode is not YamlScalar key)
                    {
                        diagnostics.Add(Diagnostic.Error(NonScalarKeyCode,
                            "Имя поля должно быть простым словом, а не списком или набором полей.", path, keyNode.Line, keyNode.Column));
                        continue;
                    }

                    if (seen.TryGetValue(key.Value, out var firstLine))
                    {
                        diagnostics.Add(Diagnostic.Error(DuplicateKeyCode,
                            $"Поле «{key.Value}» указано дважды (первый раз в строке {firstLine}). Оставьте одно.", path, key.Line, key.Column));
                        continue;
                    }

                    seen[key.Value] = key.Line;
                    entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
                }

                return new YamlMapping(entries.ToImmutable(), line, column);
            }

            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }

    private static void ReportAnchor(AnchorName anchor, string path, DiagnosticBag diagnostics, int line, int column)
    {
        if (!anchor.IsEmpty)
        {
            diagnostics.Add(Diagnostic.Error(AliasCode,
                $"Якоря YAML («&{anchor.Value}») не поддерживаются. Уберите якорь и запишите значения полностью.", path, line, column));
        }
    }

    private static (int Line, int Column)? FindIndentTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            for (var j = 0; j < l.Length && (l[j] == ' ' || l[j] == '\t'); j++)
            {
                if (l[j] == '\t')
                {
                    return (i + 1, j + 1);
                }
            }
        }

        return null;
    }

    private static string Explain(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes messages with the position; the diagnostic shows it already.
        var idx = message.IndexOf("): ", StringComparison.Ordinal);
        message = idx >= 0 ? message[(idx + 3)..] : message;
        return message switch
        {
            var m when m.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) => "ожидалось имя поля (возможно, сбит отступ или не закрыта кавычка)",
            var m when m.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "двоеточие в значении: заключите значение в кавычки",
            var m when m.Contains("found unexpected end of stream", StringComparison.OrdinalIgnoreCase) => "файл закончился раньше времени (не закрыта кавычка или скобка)",
            var m when m.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) => "сбит отступ или не закрыта скобка",
            var m when m.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) => "не закрыта кавычка",
            var m when m.Contains("tab", StringComparison.OrdinalIgnoreCase) => "символ табуляции в отступе: используйте пробелы",
            _ => "запись не распознана (" + message.TrimEnd('.') + ")",
        };
    }

    private sealed class TooDeepException(int line, int column) : Exception
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
    }
}
