using Mentoring.Publish.Deploy;
using Mentoring.Publish.Tests.Support;
using Mentoring.Site.Configuration;
using Mentoring.Site.Tests.Support;

namespace Mentoring.Publish.Tests.Deploy;

/// <summary>
/// deploy against a real OpenSSH server on 127.0.0.1. Each test has its own remote folder; the server runs
/// without chroot, so the remote folder is a local path the test compares with output/ byte for byte.
/// </summary>
public sealed class SftpDeployTests(SshServer server) : IClassFixture<SshServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task First_upload_sends_everything_and_the_remote_tree_equals_output()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("first");

        var result = await DeployAsync(site, remote);

        Assert.False(result.DryRun);
        Assert.Equal(site.Snapshot().Keys, result.Plan.Uploads.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Plan.Uploads, c => Assert.Equal(ChangeKind.New, c.Kind));
        Assert.Empty(result.Plan.Deletes);
        AssertRemoteMatches(site, remote);
        Assert.Equal(server.HostKeyFingerprint, result.HostKey);
    }

    [Fact]
    public async Task Uploads_assets_first_then_new_pages_then_changed_pages_then_page_lists()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("order");
        var order = (await DeployAsync(site, remote)).Plan.Uploads.Select(c => c.Path).ToList();

        var lastAsset = order.FindLastIndex(p => !DeployPlan.IsPage(p) && !DeployPlan.IsPageList(p));
        var firstPage = order.FindIndex(DeployPlan.IsPage);
        var lastPage = order.FindLastIndex(DeployPlan.IsPage);
        var firstList = order.FindIndex(DeployPlan.IsPageList);
        Assert.True(lastAsset < firstPage, string.Join(", ", order));
        Assert.True(lastPage < firstList, string.Join(", ", order));
        Assert.Contains("files/polozhenie.pdf", order.Take(firstPage));
        Assert.Equal(["robots.txt", "sitemap.xml"], order.Skip(firstList));
    }

    [Fact]
    public async Task A_changed_page_sends_only_the_files_that_changed()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("change");
        await DeployAsync(site, remote);
        var before = site.Snapshot();

        site.Write("content/programma.md", "---\ntitle: Программа\nnav_order: 2\nupdated: 2024-05-01\n---\n\nПрограмма наставничества, новая редакция. [Положение](files/polozhenie.pdf)\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        var result = await DeployAsync(site, remote);

        var changed = TreeAssert.ChangedOrNew(before, site.Snapshot());
        Assert.Equal(["programma/index.html"], changed);
        Assert.Equal(changed, result.Plan.Uploads.Select(c => c.Path));
        Assert.Equal(ChangeKind.Changed, Assert.Single(result.Plan.Uploads).Kind);
        Assert.Empty(result.Plan.Deletes);
        Assert.Equal(before.Count - 1, result.Plan.Unchanged);
        AssertRemoteMatches(site, remote);
    }

    [Fact]
    public async Task A_new_page_in_the_menu_sends_the_new_page_before_the_pages_that_link_to_it()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("new-page");
        await DeployAsync(site, remote);
        var before = site.Snapshot();

        site.Write("content/kontakty.md", "---\ntitle: Контакты\nnav_order: 3\nupdated: 2024-05-01\n---\n\nТелефон школы.\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        var result = await DeployAsync(site, remote);

        var uploads = result.Plan.Uploads.Select(c => c.Path).ToList();
        Assert.Equal(TreeAssert.ChangedOrNew(before, site.Snapshot()), uploads.Order(StringComparer.Ordinal));
        Assert.Equal("kontakty/index.html", uploads[0]);
        Assert.Equal(ChangeKind.New, result.Plan.Uploads[0].Kind);
        Assert.Equal("sitemap.xml", uploads[^1]);
        AssertRemoteMatches(site, remote);
    }

    [Fact]
    public async Task A_deleted_page_is_removed_from_the_server_last_with_its_empty_folder()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("delete");
        await DeployAsync(site, remote);
        var before = site.Snapshot();

        site.Delete("content/о-школе/история.md");
        Assert.True((await site.BuildAsync()).Succeeded);
        var result = await DeployAsync(site, remote);

        Assert.Equal(["o-shkole/istoriya/index.html"], result.Plan.Deletes.Select(c => c.Path));
        Assert.Equal(TreeAssert.ChangedOrNew(before, site.Snapshot()), result.Plan.Uploads.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(remote, "o-shkole")));
        AssertRemoteMatches(site, remote);
    }

    [Fact]
    public async Task An_upload_cancelled_midway_resumes_and_completes_on_the_next_run()
    {
        using var site = await BuiltSiteAsync(extraPages: 12);
        var remote = server.NewRemoteFolder("cancel");
        var total = site.Snapshot().Count;
        using var cts = new CancellationTokenSource();

        var failure = await Assert.ThrowsAsync<PublishException>(() => DeployAsync(site, remote, p =>
        {
            if (p.Finished is not null && p.FilesDone == 5)
            {
                cts.Cancel();
            }
        }, cancellationToken: cts.Token));

        Assert.Equal(PublishFailure.Cancelled, failure.Failure);
        Assert.Contains("после 5 из", failure.Message, StringComparison.Ordinal);
        Assert.Contains("продолжится с места остановки", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(remote, UploadJournal.FileName)));
        Assert.False(File.Exists(Path.Combine(remote, SiteManifest.FileName)));
        Assert.Equal(5, RemoteSiteFiles(remote).Count);

        var second = await DeployAsync(site, remote);

        Assert.True(second.Resumed);
        Assert.Equal(total - 5, second.Plan.Uploads.Length);
        AssertRemoteMatches(site, remote);
    }

    [Fact]
    public async Task A_connection_killed_midway_leaves_a_consistent_site_and_the_next_run_completes_it()
    {
        using var site = await BuiltSiteAsync(extraPages: 12);
        var remote = server.NewRemoteFolder("kill");
        await DeployAsync(site, remote);
        var first = site.Snapshot();
        for (var i = 1; i <= 12; i++)
        {
            site.Write($"content/stranitsy/stranitsa-{i:00}.md", $"---\ntitle: Страница {i}\nupdated: 2024-05-01\n---\n\nНовый текст страницы {i}.\n");
        }

        site.Delete("content/о-школе/история.md");
        Assert.True((await site.BuildAsync()).Succeeded);
        var killed = false;

        var failure = await Assert.ThrowsAsync<PublishException>(() => DeployAsync(site, remote, p =>
        {
            if (!killed && p.Finished is not null && p.FilesDone == 4)
            {
                killed = true;
                server.KillConnections();
            }
        }));

        Assert.Equal(PublishFailure.Remote, failure.Failure);
        Assert.Contains("после 4 из", failure.Message, StringComparison.Ordinal);
        Assert.Contains("запустите deploy снова", failure.Message, StringComparison.Ordinal);
        // Consistent: the page to be deleted is still there, every page on the server is a whole old or new one.
        var onServer = RemoteSiteFiles(remote);
        Assert.True(onServer.ContainsKey("o-shkole/istoriya/index.html"));
        var now = site.Snapshot();
        foreach (var (path, bytes) in onServer)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(now.GetValueOrDefault(path)) || bytes.AsSpan().SequenceEqual(first[path]), path);
        }

        var second = await DeployAsync(site, remote);

        Assert.True(second.Resumed);
        Assert.Equal(12 - 4, second.Plan.Uploads.Count(c => c.Path.StartsWith("stranitsy/", StringComparison.Ordinal)));
        AssertRemoteMatches(site, remote);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_a_clear_message_and_nothing_changes()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("wrong-key");
        await DeployAsync(site, remote);
        var before = TreeAssert.Snapshot(remote);
        site.Write("content/programma.md", "---\ntitle: Программа\nnav_order: 2\n---\n\nДругой текст.\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        var failure = await Assert.ThrowsAsync<PublishException>(() => DeployAsync(site, remote, keyFile: server.WrongKeyFile));

        Assert.Equal(PublishFailure.Remote, failure.Failure);
        Assert.Contains("не впустил пользователя", failure.Message, StringComparison.Ordinal);
        Assert.Contains("authorized_keys", failure.Message, StringComparison.Ordinal);
        Assert.Contains("На сервере ничего не изменено", failure.Message, StringComparison.Ordinal);
        TreeAssert.Equal(before, TreeAssert.Snapshot(remote));
    }

    [Fact]
    public async Task A_foreign_host_key_is_refused_before_anything_is_sent()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("host-key");

        var failure = await Assert.ThrowsAsync<PublishException>(() =>
            DeployAsync(site, remote, environment: new() { [DeployTarget.HostKeyVariable] = "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }));

        Assert.Equal(PublishFailure.Remote, failure.Failure);
        Assert.Contains("не совпадает с ожидаемым", failure.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(remote));

        var accepted = await DeployAsync(site, remote, environment: new() { [DeployTarget.HostKeyVariable] = server.HostKeyFingerprint });
        Assert.Equal(server.HostKeyFingerprint, accepted.HostKey);
    }

    [Fact]
    public async Task Dry_run_lists_the_changes_and_touches_nothing()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("dry");
        await DeployAsync(site, remote);
        var before = TreeAssert.Snapshot(remote);
        site.Write("content/programma.md", "---\ntitle: Программа\nnav_order: 2\nupdated: 2024-05-01\n---\n\nИзменённый текст.\n");
        site.Delete("content/о-школе/история.md");
        site.Write("content/novoe.md", "---\ntitle: Новое\n---\n\nНовая страница.\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        var result = await DeployAsync(site, remote, dryRun: true);

        Assert.True(result.DryRun);
        Assert.Equal(["novoe/index.html"], result.Plan.Uploads.Where(c => c.Kind == ChangeKind.New).Select(c => c.Path));
        Assert.Contains("programma/index.html", result.Plan.Uploads.Where(c => c.Kind == ChangeKind.Changed).Select(c => c.Path));
        Assert.Equal(["o-shkole/istoriya/index.html"], result.Plan.Deletes.Select(c => c.Path));
        Assert.True(result.Plan.UploadBytes > 0);
        Assert.True(result.Plan.DeletedBytes > 0);
        TreeAssert.Equal(before, TreeAssert.Snapshot(remote));
    }

    [Fact]
    public async Task A_second_run_without_changes_sends_nothing()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("same");
        await DeployAsync(site, remote);
        var before = TreeAssert.Snapshot(remote);

        var result = await DeployAsync(site, remote);

        Assert.True(result.Plan.IsEmpty);
        Assert.Equal(before.Count - 1, result.Plan.Unchanged);
        TreeAssert.Equal(before, TreeAssert.Snapshot(remote));
    }

    [Fact]
    public async Task The_deploy_command_says_what_happened_in_russian_with_named_exit_codes()
    {
        using var site = await BuiltSiteAsync();
        var remote = server.NewRemoteFolder("cli");
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = ["deploy", "--source", site.Root];

        Assert.Equal(Cli.ExitCodes.UsageError, await Cli.CommandLineApp.RunAsync(args, output, error));
        Assert.Contains("нет настроек выгрузки", error.ToString(), StringComparison.Ordinal);

        site.Write("content/site.yml", TestSite.SiteYml + $"\ndeploy:\n  host: 127.0.0.1\n  port: {server.Port}\n  user: {server.User}\n  remote_path: {remote}\n  key_file: {server.WrongKeyFile}\n");
        Assert.Equal(Cli.ExitCodes.RemoteError, await Cli.CommandLineApp.RunAsync(args, output, error));
        Assert.Contains("не впустил пользователя", error.ToString(), StringComparison.Ordinal);

        site.Write("content/site.yml", TestSite.SiteYml + $"\ndeploy:\n  host: 127.0.0.1\n  port: {server.Port}\n  user: {server.User}\n  remote_path: {remote}\n  key_file: {server.KeyFile}\n");
        Assert.Equal(Cli.ExitCodes.Success, await Cli.CommandLineApp.RunAsync([.. args, "--dry-run"], output, error));
        Assert.Contains("  + index.html", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("пробный запуск", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(remote));

        Assert.Equal(Cli.ExitCodes.Success, await Cli.CommandLineApp.RunAsync(args, output, error));
        Assert.Contains("] + index.html", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Готово за", output.ToString(), StringComparison.Ordinal);
        AssertRemoteMatches(site, remote);
    }

    private static async Task<TestSite> BuiltSiteAsync(int extraPages = 0)
    {
        var site = SampleSite.Create(extraPages);
        var report = await site.BuildAsync();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return site;
    }

    private async Task<DeployResult> DeployAsync(
        TestSite site,
        string remote,
        Action<DeployProgress>? progress = null,
        string? keyFile = null,
        bool dryRun = false,
        Dictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var config = new DeployConfig { Host = "127.0.0.1", Port = server.Port, User = server.User, RemotePath = remote, KeyFile = keyFile ?? server.KeyFile };
        var target = DeployTarget.From(config, site.Root, name => environment?.GetValueOrDefault(name));
        using var output = OutputFolder.Open(site.Output, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        return await SiteDeployer.RunAsync(output, target, new DeployOptions { DryRun = dryRun, Progress = progress }, timeout.Token);
    }

    /// <summary>The remote folder without the deploy's own files (manifest, journal).</summary>
    private static SortedDictionary<string, byte[]> RemoteSiteFiles(string remote)
    {
        var all = TreeAssert.Snapshot(remote);
        all.Remove(SiteManifest.FileName);
        all.Remove(UploadJournal.FileName);
        return all;
    }

    private static void AssertRemoteMatches(TestSite site, string remote)
    {
        var all = TreeAssert.Snapshot(remote);
        Assert.DoesNotContain(all.Keys, p => p.EndsWith(".mentoring-part", StringComparison.Ordinal));
        Assert.False(all.ContainsKey(UploadJournal.FileName), "the journal is removed after a complete upload");
        using (var output = OutputFolder.Open(site.Output))
        {
            Assert.Equal(SiteManifest.FromFolder(output).ToJsonText(), System.Text.Encoding.UTF8.GetString(all[SiteManifest.FileName]));
        }

        all.Remove(SiteManifest.FileName);
        TreeAssert.Equal(site.Snapshot(), all);
    }
}
