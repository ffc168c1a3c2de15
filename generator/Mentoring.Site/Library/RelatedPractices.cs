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
    public static ImmutableArray<ImmutableArray<int>> Compute(PracticeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var practices = catalog.Practices;
        var byTag = Invert(catalog.Tags);
        var byModel = Invert(catalog.Models);
        var byForm = Invert(catalog.Forms);
        var result = new ImmutableArray<int>[practices.Length];
        Parallel.For(0, practices.Length,
            () => (Score: new int[practices.Length], Touched: new List<int>()),
            (i, _, state) =>
            {
                result[i] = For(i, catalog, byTag, byModel, byForm, state.Score, state.Touched);
                return state;
            },
            _ => { });
        return [.. result];
    }

    private static Dictionary<string, ImmutableArray<int>> Invert(ImmutableArray<Facet> facets) =>
        facets.ToDictionary(f => f.Id, f => f.Members.Sort(), StringComparer.Ordinal);

    private static ImmutableArray<int> For(int self, PracticeCatalog catalog, Dictionary<string, ImmutableArray<int>> byTag,
        Dictionary<string, ImmutableArray<int>> byModel, Dictionary<string, ImmutableArray<int>> byForm, int[] score, List<int> touched)
    {
        var practices = catalog.Practices;
        var p = practices[self];

        // Candidates: the practices nearest in date in each list this one is in (its model, each of its tags).
        void Collect(ImmutableArray<int> members)
        {
            // Practices are in date order (newest first): the nearest in date sit next to this one in the list.
            var at = members.BinarySearch(self);
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

        Collect(byModel[p.Model.Id]);
        foreach (var tag in p.Tags)
        {
            Collect(byTag[tag.Slug]);
        }

        // Each candidate is scored on everything it shares; the kind only breaks ties between candidates that
        // already share the model or a tag.
        foreach (var j in touched)
        {
            var other = practices[j];
            var value = other.Model.Id == p.Model.Id ? ModelWeight : 0;
            foreach (var tag in other.Tags)
            {
                foreach (var mine in p.Tags)
                {
                    if (tag.Slug == mine.Slug)
                    {
                        value += TagWeight;
                        break;
                    }
                }
            }

            score[j] = value + (ReferenceEquals(other.Kind, p.Kind) ? KindWeight : 0);
        }

        var best = new List<int>(Maximum);
        var date = p.Date.DayNumber;
        foreach (var j in touched)
        {
            Insert(best, j, score, practices, date);
        }

        foreach (var j in touched)
        {
            score[j] = 0;
        }

        touched.Clear();
        if (best.Count < Minimum)
        {
            foreach (var j in byForm[p.Form.Id])
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

    /// <summary>Keeps the best <see cref="Maximum"/> candidates in order without sorting all of them.</summary>
    private static void Insert(List<int> best, int candidate, int[] score, ImmutableArray<Practice> practices, int date)
    {
        var at = best.Count;
        while (at > 0 && Better(candidate, best[at - 1], score, practices, date))
        {
            at--;
        }

        if (at >= Maximum)
        {
            return;
        }

        best.Insert(at, candidate);
        if (best.Count > Maximum)
        {
            best.RemoveAt(best.Count - 1);
        }
    }

    private static bool Better(int a, int b, int[] score, ImmutableArray<Practice> practices, int date)
    {
        if (score[a] != score[b])
        {
            return score[a] > score[b];
        }

        var da = Math.Abs(practices[a].Date.DayNumber - date);
        var db = Math.Abs(practices[b].Date.DayNumber - date);
        if (da != db)
        {
            return da < db;
        }

        // Practices are newest first: the lower index is the newer one.
        return a < b;
    }
}
