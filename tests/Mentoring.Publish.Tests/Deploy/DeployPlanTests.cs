using Mentoring.Publish.Deploy;

namespace Mentoring.Publish.Tests.Deploy;

public sealed class DeployPlanTests
{
    private static readonly ManifestEntry A = new(new string('a', 64), 10);
    private static readonly ManifestEntry B = new(new string('b', 64), 20);

    [Fact]
    public void Assets_go_first_then_new_pages_then_changed_pages_then_page_lists_and_deletions_last()
    {
        var remote = Manifest(("index.html", A), ("programma/index.html", A), ("assets/css/site.css", A), ("sitemap.xml", A), ("old/index.html", A), ("files/old.pdf", A));
        var local = Manifest(("index.html", B), ("programma/index.html", A), ("assets/css/site.css", B), ("sitemap.xml", B),
            ("novoe/index.html", A), ("files/new.pdf", A), ("robots.txt", A));

        var plan = DeployPlan.Create(local, remote);

        Assert.Equal(["assets/css/site.css", "files/new.pdf", "novoe/index.html", "index.html", "robots.txt", "sitemap.xml"], plan.Uploads.Select(c => c.Path));
        Assert.Equal(["files/old.pdf", "old/index.html"], plan.Deletes.Select(c => c.Path));
        Assert.Equal(1, plan.Unchanged);
        Assert.Equal(3, plan.NewCount);
        Assert.Equal(3, plan.ChangedCount);
        Assert.Equal(20 + 10 + 10 + 20 + 10 + 20, plan.UploadBytes);
        Assert.Equal(20, plan.DeletedBytes);
    }

    [Fact]
    public void Same_sites_give_an_empty_plan()
    {
        var m = Manifest(("index.html", A), ("a.css", B));
        var plan = DeployPlan.Create(m, m);
        Assert.True(plan.IsEmpty);
        Assert.Equal(2, plan.Unchanged);
    }

    [Fact]
    public void The_manifest_json_is_deterministic_and_reads_back()
    {
        var one = Manifest(("b/index.html", B), ("a.css", A), ("Б.txt", A));
        var two = Manifest(("Б.txt", A), ("a.css", A), ("b/index.html", B));

        var json = one.ToJsonText();

        Assert.Equal(json, two.ToJsonText());
        Assert.Equal(
            "{\n  \"format\": 1,\n  \"files\": [\n    {\n      \"path\": \"a.css\",\n      \"sha256\": \"" + A.Sha256 + "\",\n      \"size\": 10\n    },\n",
            json[..(json.IndexOf("},", StringComparison.Ordinal) + 3)]);
        Assert.EndsWith("]\n}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.Equal(one.Files, SiteManifest.Parse(json)!.Files);
        Assert.Null(SiteManifest.Parse("{\"format\": 99, \"files\": []}"));
        Assert.Null(SiteManifest.Parse("не JSON"));
    }

    [Fact]
    public void The_journal_of_an_interrupted_run_gives_what_really_arrived()
    {
        var manifest = Manifest(("index.html", A), ("old.html", A), ("x.css", A));
        var text = UploadJournal.PlanLine("new.css") + UploadJournal.PlanLine("index.html") + UploadJournal.PlanLine("y.css")
            + UploadJournal.PutLine("new.css", B) + UploadJournal.PutLine("index.html", B) + UploadJournal.DeleteLine("old.html")
            + "{\"op\":\"put\",\"path\":\"y.c"; // torn by the interruption

        var journal = UploadJournal.Parse(text);
        var state = journal.ApplyTo(manifest);

        Assert.Equal(["new.css", "index.html", "y.css"], journal.Planned.ToArray());
        Assert.Equal(["index.html", "new.css", "x.css"], state.Files.Keys);
        Assert.Equal(B, state.Files["index.html"]);
        Assert.Equal(B, state.Files["new.css"]);
    }

    private static SiteManifest Manifest(params (string Path, ManifestEntry Entry)[] files) =>
        files.Aggregate(SiteManifest.Empty, (m, f) => m.With(f.Path, f.Entry));
}
