using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Mentoring.Engine;
using Mentoring.Site.Text;

namespace Mentoring.Site.Yaml;

/// <summary>
/// Binds <see cref="YamlNode"/>s to typed content classes, strictly: unknown fields (with a "did you mean"),
/// missing required fields, wrong types and impossible dates are all reported, with the real line, in one pass.
/// Field names are the snake_case of the property names.
/// </summary>
public static class YamlBinder
{
    public const string UnknownFieldCode = "MNT0210";
    public const string MissingFieldCode = "MNT0211";
    public const string WrongTypeCode = "MNT0212";
    public const string BadDateCode = "MNT0213";
    public const string ImpossibleDateCode = "MNT0214";

    private static readonly ConcurrentDictionary<Type, TypeShape> Shapes = new();

    public static T? Bind<T>(YamlNode? node, string path, DiagnosticBag diagnostics) where T : class
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (node is null)
        {
            return null;
        }

        // A local bag: the shared one is filled by other documents in parallel, so its count says nothing about this one.
        var local = new DiagnosticBag();
        var value = BindValue(typeof(T), node, null, path, local) as T;
        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : value;
    }

    /// <summary>Binds a list of <typeparamref name="T"/>; reports when the top level is not a list.</summary>
    public static IReadOnlyList<T>? BindList<T>(YamlNode? node, string path, DiagnosticBag diagnostics) where T : class =>
        Bind<List<T>>(node, path, diagnostics);

    /// <summary>Converts a node to plain objects for templates: dictionaries, lists and strings.</summary>
    public static object? ToPlain(YamlNode? node) => node switch
    {
        null => null,
        YamlScalar s => s.IsNull ? null : s.Value,
        YamlSequence seq => seq.Items.Select(ToPlain).ToList(),
        YamlMapping map => map.Entries.ToDictionary(e => e.Key.Value, e => ToPlain(e.Value), StringComparer.Ordinal),
        _ => null,
    };

    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static object? BindValue(Type type, YamlNode node, string? field, string path, DiagnosticBag diagnostics)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return node is YamlScalar { IsNull: true } ? null : BindValue(underlying, node, field, path, diagnostics);
        }

        if (type == typeof(object))
        {
            return ToPlain(node);
        }

        if (type == typeof(string))
        {
            if (node is YamlScalar s)
            {
                return s.IsNull ? null : Text.InvisibleCharacters.Strip(s.Value);
            }

            return WrongType(node, field, "текстом", path, diagnostics);
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(bool)
            || type == typeof(DateOnly) || type == typeof(DateTime))
        {
            if (node is not YamlScalar scalar)
            {
                return WrongType(node, field, ExpectedName(type), path, diagnostics);
            }

            return BindScalar(type, scalar, field, path, diagnostics);
        }

        if (TryGetListElement(type, out var element))
        {
            if (node is YamlScalar { IsNull: true })
            {
                return CreateList(element, []);
            }

            if (node is not YamlSequence seq)
            {
                return WrongType(node, field, "списком (каждый элемент — с новой строки после «- »)", path, diagnostics);
            }

            var items = new List<object?>(seq.Items.Length);
            foreach (var item in seq.Items)
            {
                items.Add(BindValue(element, item, field, path, diagnostics));
            }

            return CreateList(element, items);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && type.GetGenericArguments()[0] == typeof(string))
        {
            if (node is not YamlMapping map)
            {
                return WrongType(node, field, "набором полей «имя: значение»", path, diagnostics);
            }

            var valueType = type.GetGenericArguments()[1];
            var dict = (IDictionary)Activator.CreateInstance(typeof(SortedDictionary<,>).MakeGenericType(typeof(string), valueType), StringComparer.Ordinal)!;
            foreach (var e in map.Entries)
            {
                dict[e.Key.Value] = BindValue(valueType, e.Value, e.Key.Value, path, diagnostics);
            }

            return dict;
        }

        if (type.IsClass)
        {
            if (node is not YamlMapping mapping)
            {
                if (node is YamlScalar { IsNull: true })
                {
                    return null;
                }

                return WrongType(node, field, "набором полей «имя: значение»", path, diagnostics);
            }

            return BindObject(type, mapping, path, diagnostics);
        }

        throw new NotSupportedException($"YAML binding does not support {type}.");
    }

    private static object BindObject(Type type, YamlMapping mapping, string path, DiagnosticBag diagnostics)
    {
        var shape = Shapes.GetOrAdd(type, static t => new TypeShape(t));
        var instance = Activator.CreateInstance(type)!;
        var positions = ImmutableDictionary.CreateBuilder<string, (int, int)>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            if (!shape.Properties.TryGetValue(key.Value, out var property))
            {
                var suggestions = TextMatching.Closest(key.Value, shape.Properties.Keys, 1);
                var hint = suggestions.Count > 0 ? $" Возможно, имелось в виду «{suggestions[0]}»?" : string.Empty;
                diagnostics.Add(Diagnostic.Error(UnknownFieldCode,
                    $"Неизвестное поле «{key.Value}».{hint} Допустимые поля: {string.Join(", ", shape.Properties.Keys)}.",
                    path, key.Line, key.Column));
                continue;
            }

            positions[key.Value] = (key.Line, key.Column);
            var errorsBefore = diagnostics.ErrorCount;
            var bound = BindValue(property.PropertyType, value, key.Value, path, diagnostics);
            if (diagnostics.ErrorCount > errorsBefore)
            {
                // Already reported as a wrong value: not "missing" too. (This bag is local to one Bind call.)
                failed.Add(key.Value);
                continue;
            }

            if (bound is null && value is YamlScalar { IsNull: true })
            {
                continue;
            }

            if (bound is not null)
            {
                present.Add(key.Value);
                property.SetValue(instance, bound);
            }
        }

        foreach (var required in shape.Required)
        {
            if (failed.Contains(required))
            {
                continue;
            }

            if (!present.Contains(required) || IsEmpty(shape.Properties[required].GetValue(instance)))
            {
                var where = positions.TryGetValue(required, out var p) ? p : (mapping.Line, mapping.Column);
                diagnostics.Add(Diagnostic.Error(MissingFieldCode,
                    positions.ContainsKey(required)
                        ? $"Поле «{required}» не может быть пустым. Заполните его."
                        : $"Не указано обязательное поле «{required}». Добавьте строку «{required}: …».",
                    path, where.Item1, where.Item2));
            }
        }

        if (instance is YamlObject yo)
        {
            yo.SourcePath = path;
            yo.Line = mapping.Line;
            yo.Column = mapping.Column;
            yo.FieldPositions = positions.ToImmutable();
        }

        return instance;
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        ICollection c => c.Count == 0,
        _ => false,
    };

    private static object? BindScalar(Type type, YamlScalar scalar, string? field, string path, DiagnosticBag diagnostics)
    {
        var text = scalar.Value.Trim();
        if (scalar.IsNull)
        {
            return null;
        }

        if (type == typeof(string))
        {
            return scalar.Value;
        }

        if (type == typeof(bool))
        {
            return text switch
            {
                "true" or "True" or "TRUE" or "yes" or "да" => true,
                "false" or "False" or "FALSE" or "no" or "нет" => false,
                _ => WrongType(scalar, field, "логическим значением true или false", path, diagnostics),
            };
        }

        if (type == typeof(int) || type == typeof(long))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                && (type == typeof(long) || n is >= int.MinValue and <= int.MaxValue))
            {
                return type == typeof(int) ? (object)(int)n : n;
            }

            return WrongType(scalar, field, "целым числом", path, diagnostics);
        }

        if (type == typeof(double) || type == typeof(decimal))
        {
            var normalized = text.Replace(',', '.');
            if (double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            {
                return type == typeof(double) ? d : (object)(decimal)d;
            }

            return WrongType(scalar, field, "числом", path, diagnostics);
        }

        if (type == typeof(DateOnly))
        {
            return ParseDate(text, scalar, field, path, diagnostics) is { } parsed ? parsed : null;
        }

        if (type == typeof(DateTime))
        {
            var datePart = text.Length >= 10 ? text[..10] : text;
            var date = ParseDate(datePart, scalar, field, path, diagnostics);
            if (date is not DateOnly d)
            {
                return null;
            }

            var rest = text.Length > 10 ? text[10..].TrimStart('T', 't', ' ') : string.Empty;
            if (rest.Length == 0)
            {
                return d.ToDateTime(TimeOnly.MinValue);
            }

            if (TimeOnly.TryParseExact(rest, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                return d.ToDateTime(t);
            }

            diagnostics.Add(Diagnostic.Error(BadDateCode,
                $"Поле «{field}»: время «{rest}» не распознано. Запишите дату и время как 2022-08-29T10:00 или 2022-08-29 10:00.",
                path, scalar.Line, scalar.Column));
            return null;
        }

        throw new NotSupportedException(type.Name);
    }

    private static DateOnly? ParseDate(string text, YamlScalar scalar, string? field, string path, DiagnosticBag diagnostics)
    {
        int year, month, day;
        var iso = text.Length == 10 && text[4] == '-' && text[7] == '-';
        var ru = text.Length == 10 && text[2] == '.' && text[5] == '.';
        if ((iso && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
                 && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)
                 && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day))
            || (ru && int.TryParse(text.AsSpan(6, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
                   && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)
                   && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day)))
        {
            if (year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }

            diagnostics.Add(Diagnostic.Error(ImpossibleDateCode,
                $"Поле «{field}»: такой даты не существует — «{text}». Проверьте день и месяц (в феврале {(year is >= 1 and <= 9999 && DateTime.IsLeapYear(year) ? 29 : 28)} дней, в апреле, июне, сентябре и ноябре — 30).",
                path, scalar.Line, scalar.Column));
            return null;
        }

        diagnostics.Add(Diagnostic.Error(BadDateCode,
            $"Поле «{field}» должно быть датой в виде ГГГГ-ММ-ДД (например, 2022-08-29) или ДД.ММ.ГГГГ, а указано «{text}».",
            path, scalar.Line, scalar.Column));
        return null;
    }

    private static string ExpectedName(Type type) =>
        type == typeof(bool) ? "логическим значением true или false"
        : type == typeof(int) || type == typeof(long) ? "целым числом"
        : type == typeof(double) || type == typeof(decimal) ? "числом"
        : type == typeof(DateOnly) ? "датой в виде ГГГГ-ММ-ДД"
        : type == typeof(DateTime) ? "датой и временем"
        : "значением";

    private static object? WrongType(YamlNode node, string? field, string expected, string path, DiagnosticBag diagnostics)
    {
        var what = field is null ? "Значение" : $"Поле «{field}»";
        var actual = node is YamlScalar s ? $"«{Shorten(s.Value)}»" : node.KindName;
        diagnostics.Add(Diagnostic.Error(WrongTypeCode, $"{what} должно быть {expected}, а указано {actual}.", path, node.Line, node.Column));
        return null;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static bool TryGetListElement(Type type, out Type element)
    {
        if (type.IsGenericType)
        {
            var def = type.GetGenericTypeDefinition();
            if (def == typeof(List<>) || def == typeof(IReadOnlyList<>) || def == typeof(IList<>) || def == typeof(IEnumerable<>) || def == typeof(IReadOnlyCollection<>))
            {
                element = type.GetGenericArguments()[0];
                return true;
            }
        }

        element = typeof(object);
        return false;
    }

    private static IList CreateList(Type element, List<object?> items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), items.Count)!;
        foreach (var item in items)
        {
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }

    private sealed class TypeShape
    {
        public TypeShape(Type type)
        {
            var props = new SortedDictionary<string, PropertyInfo>(StringComparer.Ordinal);
            var required = new List<string>();
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (p.GetCustomAttribute<YamlIgnoreAttribute>() is not null || p.SetMethod is null || !p.SetMethod.IsPublic)
                {
                    continue;
                }

                var name = p.GetCustomAttribute<YamlNameAttribute>()?.Name ?? ToSnakeCase(p.Name);
                props[name] = p;
                if (p.GetCustomAttribute<YamlRequiredAttribute>() is not null)
                {
                    required.Add(name);
                }
            }

            Properties = props;
            Required = [.. required.Order(StringComparer.Ordinal)];
        }

        public SortedDictionary<string, PropertyInfo> Properties { get; }

        public ImmutableArray<string> Required { get; }
    }
}
