using System.Collections.Concurrent;

namespace Mentoring.Site.Content;

/// <summary>Drafts left out of this build, so a link to one is reported as such rather than as a missing page.</summary>
public sealed class DraftRegistry
{
    private readonly ConcurrentDictionary<string, bool> _paths = new(StringComparer.Ordinal);

    public void Add(string sourcePath) => _paths[sourcePath] = true;

    public bool Contains(string sourcePath) => _paths.ContainsKey(sourcePath);
}
