using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Mentoring.Site.Text;
using Renci.SshNet.Common;

namespace Mentoring.Publish.Deploy;

/// <summary>
/// Uploads output/ over SFTP, sending only what changed. Steps, in this order:
/// (1) hash the local site; (2) connect; (3) learn what the server holds from its manifest and, after an
/// interrupted run, its journal; (4) plan (<see cref="DeployPlan"/>); (5) upload files, then pages, then lists of
/// pages, journalling each arrival; (6) delete what the site no longer has; (7) write the new manifest and drop
/// the journal. Whatever breaks off, the live site stays whole and the next run picks up where this one stopped.
/// </summary>
public static class SiteDeployer
{
    public static async Task<DeployResult> RunAsync(OutputFolder output, DeployTarget target, DeployOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var local = SiteManifest.FromFolder(output, cancellationToken);
        using var remote = await SftpRemote.ConnectAsync(target, cancellationToken);
        var run = new Run(output, remote, options, cancellationToken);
        try
        {
            return await run.ExecuteAsync(local, watch);
        }
        catch (OperationCanceledException)
        {
            throw new PublishException(PublishFailure.Cancelled,
                $"Выгрузка прервана{run.Where()}. {run.StateOfSite()} Запустите deploy снова — выгрузка продолжится с места остановки.");
        }
        catch (Exception ex) when (ex is SshException or SocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            throw new PublishException(PublishFailure.Remote,
                $"Выгрузка на {target.Host} не удалась{run.Where()}: {Reason(ex)}. {run.StateOfSite()} Проверьте связь и место на хостинге, затем запустите deploy снова — выгрузка продолжится с места остановки.",
                ex);
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        SftpPermissionDeniedException => "сервер не дал прав на запись (проверьте remote_path и права пользователя)",
        SshConnectionException or SocketException or ObjectDisposedException => "соединение с сервером прервалось",
        SshOperationTimeoutException => "сервер перестал отвечать",
        _ => ex.Message,
    };

    /// <summary>The state of one run, so a failure can say how far it got.</summary>
    private sealed class Run(OutputFolder output, SftpRemote remote, DeployOptions options, CancellationToken cancellationToken)
    {
        private int _done;
        private int _total;
        private long _bytesDone;
        private long _bytesTotal;
        private bool _writing;
        private bool _deleting;

        public async Task<DeployResult> ExecuteAsync(SiteManifest local, Stopwatch watch)
        {
            var exists = await remote.EnsureRootAsync(create: !options.DryRun, cancellationToken);
            var manifestText = exists ? await remote.ReadTextAsync(SiteManifest.FileName, cancellationToken) : null;
            var manifest = manifestText is null ? SiteManifest.Empty : SiteManifest.Parse(manifestText);
            var unreadable = manifest is null;
            manifest ??= SiteManifest.Empty;
            var journalText = exists ? await remote.ReadTextAsync(UploadJournal.FileName, cancellationToken) : null;
            var journal = journalText is null ? null : UploadJournal.Parse(journalText);
            var state = journal?.ApplyTo(manifest) ?? manifest;
            var plan = DeployPlan.Create(local, state);
            DeployResult Result() => new(plan, options.DryRun, journal is not null, unreadable, remote.HostKey, watch.Elapsed);
            if (options.DryRun)
            {
                return Result();
            }

            _writing = true;
            if (journal is not null)
            {
                // Settle the interrupted run first: its stray temporary files go, the manifest states what arrived.
                foreach (var path in journal.Planned.Where(p => !journal.Done.ContainsKey(p)).Distinct(StringComparer.Ordinal))
                {
                    await remote.DeleteFileAsync(SftpRemote.PartName(path), cancellationToken);
                }

                await remote.WriteAtomicallyAsync(SiteManifest.FileName, state.ToJson(), cancellationToken);
                await remote.DeleteFileAsync(UploadJournal.FileName, cancellationToken);
            }

            if (plan.IsEmpty)
            {
                if (manifestText is null || unreadable)
                {
                    await remote.WriteAtomicallyAsync(SiteManifest.FileName, local.ToJson(), cancellationToken);
                }

                return Result();
            }

            _total = plan.Uploads.Length + plan.Deletes.Length;
            _bytesTotal = plan.UploadBytes;
            Report(null, null);
            await using (var journalStream = await remote.CreateJournalAsync(cancellationToken))
            {
                var planned = new StringBuilder();
                foreach (var change in plan.Uploads)
                {
                    planned.Append(UploadJournal.PlanLine(change.Path));
                }

                await AppendAsync(journalStream, planned.ToString());
                foreach (var change in plan.Uploads)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var before = _bytesDone;
                    await remote.UploadFileAsync(change.Path, output.FullPath(change.Path), sent =>
                    {
                        _bytesDone = before + sent;
                        Report(change, null);
                    }, cancellationToken);
                    _bytesDone = before + change.Size;
                    await AppendAsync(journalStream, UploadJournal.PutLine(change.Path, change.Entry!));
                    _done++;
                    Report(null, change);
                }

                _deleting = true;
                foreach (var change in plan.Deletes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await remote.DeleteFileAsync(change.Path, cancellationToken);
                    await AppendAsync(journalStream, UploadJournal.DeleteLine(change.Path));
                    _done++;
                    Report(null, change);
                }

                foreach (var folder in EmptiedFolders(plan, local))
                {
                    await remote.TryDeleteDirectoryAsync(folder, cancellationToken);
                }
            }

            await remote.WriteAtomicallyAsync(SiteManifest.FileName, local.ToJson(), cancellationToken);
            await remote.DeleteFileAsync(UploadJournal.FileName, cancellationToken);
            return Result();
        }

        public string Where() => _total == 0 ? string.Empty
            : $" после {_done} из {RussianPlural.Format(_total, "файла", "файлов", "файлов")}";

        public string StateOfSite() => !_writing
            ? "На сервере ничего не изменено."
            : _deleting
                ? "Сайт на сервере в порядке: все новые файлы и страницы уже там, не удалена только часть старых файлов."
                : "Сайт на сервере в порядке: отправленные файлы на месте, старые страницы не удалены, а страницы, которым нужны ещё не отправленные файлы, пока не заменены.";

        private async Task AppendAsync(Stream journal, string lines)
        {
            await journal.WriteAsync(Encoding.UTF8.GetBytes(lines), cancellationToken);
            await journal.FlushAsync(cancellationToken);
        }

        private void Report(DeployChange? current, DeployChange? finished) =>
            options.Progress?.Invoke(new DeployProgress(current, finished, _done, _total, _bytesDone, _bytesTotal));

        /// <summary>Folders that held deleted files and hold nothing of the site now, deepest first.</summary>
        private static IEnumerable<string> EmptiedFolders(DeployPlan plan, SiteManifest local)
        {
            var kept = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in local.Files.Keys)
            {
                for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                {
                    kept.Add(path[..slash]);
                }
            }

            var candidates = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var change in plan.Deletes)
            {
                var path = change.Path;
                for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                {
                    if (!kept.Contains(path[..slash]))
                    {
                        candidates.Add(path[..slash]);
                    }
                }
            }

            return candidates.OrderByDescending(f => f.Count(c => c == '/')).ThenBy(f => f, StringComparer.Ordinal);
        }
    }
}
