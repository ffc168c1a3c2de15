using System.Collections.Immutable;
using Mentoring.Engine;

namespace Mentoring.Site.Library;

/// <summary>
/// Process module of the practices pipeline: two practices may not share an address. Both files are named;
/// the first (in path order) is kept, so the rest of the build still checks everything else.
/// </summary>
public sealed class CheckPracticeSlugs : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> input, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(Check(input, context.Diagnostics));
    }

    public static ImmutableArray<Document> Check(ImmutableArray<Document> input, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var first = new Dictionary<string, Practice>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<Document>(input.Length);
        foreach (var doc in input.OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            var practice = doc.Get<Practice>(LibraryMetadata.Practice);
            if (practice is null)
            {
                kept.Add(doc);
                continue;
            }

            if (first.TryGetValue(practice.Slug, out var earlier))
            {
                diagnostics.Add(Diagnostic.Error(LibraryCodes.DuplicateSlug,
                    $"У практик «{earlier.Source}» и «{practice.Source}» один адрес «kopilka/{practice.Slug}/». Переименуйте один из файлов или задайте ему другое поле slug.",
                    practice.Source, practice.SlugLine, 1));
                continue;
            }

            first[practice.Slug] = practice;
            kept.Add(doc);
        }

        return kept.ToImmutable();
    }
}
