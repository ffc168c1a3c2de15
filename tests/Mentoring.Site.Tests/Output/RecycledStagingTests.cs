using Mentoring.Site.Output;

namespace Mentoring.Site.Tests.Output;

/// <summary>
/// The staging folder made of the site before last: its files are overwritten in place, but never a file that is
/// also a file of the live site, never through a symbolic link; what the new site does not have is swept away.
/// </summary>
public sealed class RecycledStagingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mentoring-recycle-" + Guid.NewGuid().ToString("N"));
    private readonly string _staging;
    private readonly OutputTarget _target;

    public RecycledStagingTests()
    {
        _staging = Path.Combine(_root, ".output.staging-1");
        Directory.CreateDirectory(_staging);
        _target = new OutputTarget(_staging, WritesEarly: true, Recycled: true);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_system_tells_file_identities_here()
    {
        Assert.Equal(OperatingSystem.IsLinux(), FileIdentity.Supported);
    }

    [Fact]
    public void A_file_of_the_recycled_folder_is_overwritten_in_place()
    {
        var page = Stage("kopilka/index.html", "старая страница, длиннее новой");
        Assert.True(FileIdentity.TryGet(page, out var before));

        _target.WriteText(page, "новая");

        Assert.Equal("новая", File.ReadAllText(page));
        Assert.True(FileIdentity.TryGet(page, out var after));
        Assert.True(after.SameFile(before), "the file was replaced, not reused");
    }

    [Fact]
    public void A_longer_text_over_a_shorter_file_and_the_same_text_again_leave_exactly_the_text()
    {
        var page = Stage("index.html", "коротко");

        _target.WriteText(page, "гораздо длиннее прежнего текста");
        Assert.Equal("гораздо длиннее прежнего текста", File.ReadAllText(page));

        // The same bytes again: the file is not written (its time stays), its bytes are right.
        var time = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(page, time);
        _target.WriteText(page, "гораздо длиннее прежнего текста");
        Assert.Equal(time, File.GetLastWriteTimeUtc(page));

        // Same length, other bytes: written.
        _target.WriteText(page, "гораздо длиннее прежнего тексТА");
        Assert.Equal("гораздо длиннее прежнего тексТА", File.ReadAllText(page));
        Assert.NotEqual(time, File.GetLastWriteTimeUtc(page));
    }

    [Fact]
    public void A_file_that_is_also_a_file_of_the_live_site_is_replaced_never_written_through()
    {
        var live = Path.Combine(_root, "output", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(live)!);
        File.WriteAllText(live, "живая страница");
        var page = Path.Combine(_staging, "index.html");
        Assert.True(HardLink.TryCreate(live, page));

        _target.WriteText(page, "новая");

        Assert.Equal("живая страница", File.ReadAllText(live));
        Assert.Equal("новая", File.ReadAllText(page));
    }

    [Fact]
    public void A_symbolic_link_in_the_recycled_folder_is_replaced_not_followed()
    {
        var outside = Path.Combine(_root, "secret.txt");
        File.WriteAllText(outside, "чужой файл");
        var page = Path.Combine(_staging, "index.html");
        File.CreateSymbolicLink(page, outside);

        _target.WriteText(page, "новая");

        Assert.Equal("чужой файл", File.ReadAllText(outside));
        Assert.Equal("новая", File.ReadAllText(page));
        Assert.Null(new FileInfo(page).LinkTarget);
    }

    [Fact]
    public void A_folder_where_a_file_goes_and_a_file_where_a_folder_goes_are_replaced()
    {
        Stage("a/index.html/old.html", "папка на месте файла");
        Stage("b", "файл на месте папки");

        _target.WriteText(Path.Combine(_staging, "a", "index.html"), "страница a");
        _target.WriteText(Path.Combine(_staging, "b", "index.html"), "страница b");

        Assert.Equal("страница a", File.ReadAllText(Path.Combine(_staging, "a", "index.html")));
        Assert.Equal("страница b", File.ReadAllText(Path.Combine(_staging, "b", "index.html")));
    }

    [Fact]
    public void Linking_a_reused_page_does_nothing_when_the_name_already_is_that_file_and_replaces_it_otherwise()
    {
        var live = Path.Combine(_root, "output");
        Directory.CreateDirectory(live);
        File.WriteAllText(Path.Combine(live, "same.html"), "та же");
        File.WriteAllText(Path.Combine(live, "other.html"), "из живого сайта");
        var same = Path.Combine(_staging, "same.html");
        Assert.True(HardLink.TryCreate(Path.Combine(live, "same.html"), same));
        var other = Stage("other.html", "позапрошлая версия");

        _target.Link(Path.Combine(live, "same.html"), same);
        _target.Link(Path.Combine(live, "other.html"), other);

        Assert.True(FileIdentity.TryGet(Path.Combine(live, "other.html"), out var wanted));
        Assert.True(FileIdentity.TryGet(other, out var linked));
        Assert.True(wanted.SameFile(linked));
        Assert.Equal("из живого сайта", File.ReadAllText(other));
        Assert.Equal("та же", File.ReadAllText(same));
    }

    [Fact]
    public void The_sweep_leaves_exactly_the_new_site()
    {
        Stage("index.html", "главная");
        Stage("kopilka/index.html", "копилка");
        Stage("kopilka/udalennaya/index.html", "удалённая практика");
        Stage("kopilka/stranitsa-9/index.html", "лишняя страница списка");
        Stage("staryy-razdel/a/b/index.html", "старый раздел");
        Stage("assets/css/old.css", "старый стиль");
        Stage("assets/css/site.css", "стиль");

        _target.Sweep(["index.html", "kopilka/index.html", "assets/css/site.css", "novoe/index.html"]);

        var left = Directory.EnumerateFileSystemEntries(_staging, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_staging, p).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(["assets", "assets/css", "assets/css/site.css", "index.html", "kopilka", "kopilka/index.html"], left);
    }

    [Fact]
    public void A_new_staging_folder_is_not_swept()
    {
        var fresh = new OutputTarget(_staging, WritesEarly: true, Recycled: false);
        Stage("kept.html", "не тронут");

        fresh.Sweep(["index.html"]);

        Assert.True(File.Exists(Path.Combine(_staging, "kept.html")));
    }

    [Fact]
    public void The_replaced_site_becomes_the_next_staging_folder_and_a_failed_build_leaves_it_for_the_one_after()
    {
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "первая");
        var committer = new OutputCommitter(output);
        Assert.True(committer.Recycles);

        committer.Recover();
        committer.PrepareStaging();
        Assert.False(committer.StagingRecycled);
        File.WriteAllText(Path.Combine(committer.StagingPath, "index.html"), "вторая");
        committer.Commit();

        Assert.Equal("вторая", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("первая", File.ReadAllText(Path.Combine(committer.PreviousPath, "index.html")));

        var next = new OutputCommitter(output);
        next.Recover();
        Assert.True(Directory.Exists(next.PreviousPath), "Recover deleted the site kept for recycling");
        next.PrepareStaging();
        Assert.True(next.StagingRecycled);
        Assert.Equal("первая", File.ReadAllText(Path.Combine(next.StagingPath, "index.html")));
        Assert.False(Directory.Exists(next.PreviousPath));
        next.Discard();

        Assert.Equal("вторая", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.True(Directory.Exists(next.PreviousPath));
        Assert.False(Directory.Exists(next.StagingPath));
    }

    private string Stage(string relative, string text)
    {
        var path = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
