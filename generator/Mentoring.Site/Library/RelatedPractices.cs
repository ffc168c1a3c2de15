using System.Collections.Immutable;

namespace Mentoring.Site.Library;

/// <summary>
/// Related practices without comparing every pair: an inverted index (tag → practices, model → practices)
/// gives each practice its candidates, and only those are scored — a shared model counts 3, each shared
/// tag 2, the same kind 1. Ties go to the practice closest in date, then to the newer one. When fewer than
/// <see cref="Minimum"/> practices share anything, the newest of the same form fill the list.
/// Candidates are drawn from the <see cref="Window"/> practices nearest in date on each side in each shared
/// list (model, tag): a school's library is far smaller, so there every sharing practice is a candidate; a
/// library of thousands stays linear in size instead of scoring a thousand candidates for each practice.
/// </summary>
public static class RelatedPractices
{
    public const int Minimum = 3;
    public const int Maximum = 5;

    /// <summary>Candidates taken from each shared list on each side of the practice, nearest in date first.</summary>
    public const int Window = 100;

    private const int ModelWeight = 3;
    private const int TagWeight = 2;
    private const int KindWeight = 1;

    /// <summary>For each practice of <paramref name="catalog"/> (by index), the indices of its related practices, best first.</summary>
    /// <param name="cache">
    /// The build cache: the lists depend only on the facts scored (models, forms, kinds, tags, dates, in catalogue
    /// order), so while no practice changed any of them — an edit of a body, a summary, a title — the last build's lists
    /// are taken as they are.
    /// </param>
    public static ImmutableArray<ImmutableArray<int>> Compute(PracticeCatalog catalog, Cache.BuildCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var facts = Facts.Of(catalog);
        var key = facts.Fingerprint();
        if (cache?.FindRelated(key) is { } known)
        {
            return known;
        }

        var computed = Compute(facts);
        cache?.StoreRelated(key, computed);
        return computed;
    }

    private static ImmutableArray<ImmutableArray<int>> Compute(Facts facts)
    {
        var result = new ImmutableArray<int>[facts.Count];
        Parallel.For(0, facts.Count,
            () => new Scratch(facts),
            (i, _, scratch) =>
            {
                result[i] = For(i, facts, scratch);
                return scratch;
            },
            _ => { });
        return [.. result];
    }

    private static ImmutableArray<int> For(int self, Facts facts, Scratch scratch)
    {
        var score = scratch.Score;
        var touched = scratch.Touched;
        var ownTag = scratch.OwnTag;
        // Candidates: the practices nearest in date in each list this one is in (its model, each of its tags).
        void Collect(int[] members)
        {
            // Practices are in date order (newest first): the nearest in date sit next to this one in the list.
            var at = Array.BinarySearch(members, self);
            at = at < 0 ? ~at : at;
            var from = Math.Max(0, at - Window);
            var to = Math.Min(members.Length, at + Window + 1);
            for (var k = from; k < to; k++)
            {
                var j = members[k];
                if (j != self && score[j] == 0)
                {
                    score[j] = -1;
                    touched.Add(j);
                }
            }
        }

        var model = facts.Model[self];
        var tags = facts.Tags[self];
        var kind = facts.Kind[self];
        Collect(facts.ByModel[model]);
        foreach (var tag in tags)
        {
            Collect(facts.ByTag[tag]);
            ownTag[tag] = true;
        }

        // Each candidate is scored on everything it shares; the kind only breaks ties between candidates that
        // already share the model or a tag.
        foreach (var j in touched)
        {
            var value = facts.Model[j] == model ? ModelWeight : 0;
            foreach (var tag in facts.Tags[j])
            {
                if (ownTag[tag])
                {
                    value += TagWeight;
                }
            }

            score[j] = value + (facts.Kind[j] == kind ? KindWeight : 0);
        }

        Span<int> top = stackalloc int[Maximum];
        var count = 0;
        var date = facts.Day[self];
        foreach (var j in touched)
        {
            count = Insert(top, count, j, score, facts.Day, date);
        }

        var best = new List<int>(Maximum);
        foreach (var j in top[..count])
        {
            best.Add(j);
        }

        foreach (var j in touched)
        {
            score[j] = 0;
        }

        foreach (var tag in tags)
        {
            ownTag[tag] = false;
        }

        touched.Clear();
        if (best.Count < Minimum)
        {
            foreach (var j in facts.ByForm[facts.Form[self]])
            {
                if (best.Count >= Minimum)
                {
                    break;
                }

                if (j != self && !best.Contains(j))
                {
                    best.Add(j);
                }
            }
        }

        return [.. best];
    }

    /// <summary>One worker's reusable arrays: scores by practice, the candidates met, and the tags of the practice being scored.</summary>
    private sealed class Scratch(Facts facts)
    {
        public int[] Score { get; } = new int[facts.Count];

        public List<int> Touched { get; } = [];

        public bool[] OwnTag { get; } = new bool[facts.ByTag.Length];
    }

    /// <summary>
    /// What scoring compares, as numbers: each practice's model, form, kind and tags as indices, its date as a day
    /// number, and for each model, form and tag its practices in catalogue order.
    /// </summary>
    private sealed class Facts
    {
        public required int Count { get; init; }
        public required int[] Model { get; init; }
        public required int[] Form { get; init; }
        public required int[] Kind { get; init; }
        public required int[][] Tags { get; init; }
        public required int[] Day { get; init; }
        public required int[][] ByModel { get; init; }
        public required int[][] ByForm { get; init; }
        public required int[][] ByTag { get; init; }

        /// <summary>Everything scoring reads, as one fingerprint.</summary>
        public UInt128 Fingerprint()
        {
            var f = new Cache.Fingerprint().Add(Count);
            foreach (var values in new[] { Model, Form, Kind, Day })
            {
                f.Tag(1);
                foreach (var v in values)
                {
                    f.Add(v);
                }
            }

            foreach (var lists in new[] { Tags, ByModel, ByForm, ByTag })
            {
                f.Tag(2).Add(lists.Length);
                foreach (var list in lists)
                {
                    f.Tag(3).Add(list.Length);
                    foreach (var v in list)
                    {
                        f.Add(v);
                    }
                }
            }

            return f.Value;
        }

        public static Facts Of(PracticeCatalog catalog)
        {
            var practices = catalog.Practices;
            var models = Index(catalog.Models);
            var forms = Index(catalog.Forms);
            var tags = Index(catalog.Tags);
            var kinds = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
            var n = practices.Length;
            var facts = new Facts
            {
                Count = n,
                Model = new int[n],
                Form = new int[n],
                Kind = new int[n],
                Tags = new int[n][],
                Day = new int[n],
                ByModel = Members(catalog.Models),
                ByForm = Members(catalog.Forms),
                ByTag = Members(catalog.Tags),
            };
            for (var i = 0; i < n; i++)
            {
                var p = practices[i];
                facts.Model[i] = models[p.Model.Id];
                facts.Form[i] = forms[p.Form.Id];
                if (!kinds.TryGetValue(p.Kind, out var kind))
                {
                    kinds[p.Kind] = kind = kinds.Count;
                }

                facts.Kind[i] = kind;
                facts.Tags[i] = [.. p.Tags.Select(t => tags[t.Slug])];
                facts.Day[i] = p.Date.DayNumber;
            }

            return facts;
        }

        private static Dictionary<string, int> Index(ImmutableArray<Facet> facets)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var facet in facets)
            {
                index.TryAdd(facet.Id, index.Count);
            }

            return index;
        }

        private static int[][] Members(ImmutableArray<Facet> facets) =>
            [.. facets.DistinctBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Members.Sort().ToArray())];
    }

    /// <summary>
    /// Keeps the best <see cref="Maximum"/> candidates in order in <paramref name="top"/> (its first
    /// <paramref name="count"/> filled) without sorting all of them; returns the new count.
    /// </summary>
    private static int Insert(Span<int> top, int count, int candidate, int[] score, int[] day, int date)
    {
        var at = count;
        while (at > 0 && Better(candidate, top[at - 1], score, day, date))
        {
            at--;
        }

        if (at >= Maximum)
        {
            return count;
        }

        var kept = Math.Min(count, Maximum - 1);
        top[at..kept].CopyTo(top[(at + 1)..]);
        top[at] = candidate;
        return kept + 1;
    }

    private static bool Better(int a, int b, int[] score, int[] day, int date)
    {
        if (score[a] != score[b])
        {
            return score[a] > score[b];
        }

        var da = Math.Abs(day[a] - date);
        var db = Math.Abs(day[b] - date);
        if (da != db)
        {
            return da < db;
        }

        // Practices are newest first: the lower index is the newer one.
        return a < b;
    }
}
