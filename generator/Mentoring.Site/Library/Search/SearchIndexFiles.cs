using System.Collections.Immutable;

namespace Mentoring.Site.Library.Search;

/// <summary>The files of a built search index, by output path (<c>search/manifest.json</c>, shards and document chunks).</summary>
public sealed record SearchIndexFiles(ImmutableSortedDictionary<string, string> Files)
{
    public long TotalBytes => Files.Values.Sum(v => (long)System.Text.Encoding.UTF8.GetByteCount(v));
}
