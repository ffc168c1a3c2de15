using System.Collections.Immutable;

namespace Mentoring.Site.Library.Search;

/// <summary>All matching ids of a query (best first), the hits of the first page and the bytes the query downloaded.</summary>
public sealed record SearchResult(ImmutableArray<SearchTerm> Terms, ImmutableArray<int> Ids, ImmutableArray<SearchHit> Hits, long BytesLoaded, int FilesLoaded);
