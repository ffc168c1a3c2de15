using System.Net.Sockets;
using System.Text;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace Mentoring.Publish.Deploy;

/// <summary>
/// The remote site folder over SFTP: connecting (key or password, optional host key check), reading and
/// writing the manifest and journal, and replacing files so that no half-written file is ever visible —
/// each one is written under a temporary name beside the target and renamed over it in one step.
/// </summary>
internal sealed class SftpRemote : IDisposable
{
    /// <summary>Suffix of temporary upload names; the leading dot keeps them out of directory listings on most hosts.</summary>
    public const string PartSuffix = ".mentoring-part";

    private readonly SftpClient _client;
    private readonly PrivateKeyFile? _key;
    private readonly string _root;
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    private SftpRemote(SftpClient client, PrivateKeyFile? key, string root, string hostKey)
    {
        _client = client;
        _key = key;
        _root = root;
        HostKey = hostKey;
    }

    /// <summary>The server's host key fingerprint, <c>SHA256:…</c>, as <c>ssh</c> prints it.</summary>
    public string HostKey { get; }

    public static async Task<SftpRemote> ConnectAsync(DeployTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var key = target.KeyFile is null ? null : LoadKey(target);
        var methods = new List<AuthenticationMethod>();
        if (key is not null)
        {
            methods.Add(new PrivateKeyAuthenticationMethod(target.User, key));
        }

        if (target.Password is { } password)
        {
            methods.Add(new PasswordAuthenticationMethod(target.User, password));
            var interactive = new KeyboardInteractiveAuthenticationMethod(target.User);
            interactive.AuthenticationPrompt += (_, e) =>
            {
                foreach (var prompt in e.Prompts)
                {
                    prompt.Response = password;
                }
            };
            methods.Add(interactive);
        }

        var info = new ConnectionInfo(target.Host, target.Port, target.User, [.. methods]) { Timeout = TimeSpan.FromSeconds(30) };
        var client = new SftpClient(info) { OperationTimeout = TimeSpan.FromMinutes(2), KeepAliveInterval = TimeSpan.FromSeconds(30) };
        string? seen = null;
        var rejected = false;
        client.HostKeyReceived += (_, e) =>
        {
            seen = "SHA256:" + e.FingerPrintSHA256;
            if (target.ExpectedHostKey is { } expected && !string.Equals(expected, seen, StringComparison.Ordinal))
            {
                rejected = true;
                e.CanTrust = false;
            }
        };

        var where = $"{target.Host}:{target.Port}";
        try
        {
            await client.ConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            client.Dispose();
            key?.Dispose();
            throw ConnectFailure(ex, target, where, seen, rejected);
        }

        return new SftpRemote(client, key, target.RemotePath, seen ?? "?");
    }

    /// <summary>Makes sure the site folder exists; creates its last part if only that is missing. False in a dry run when absent.</summary>
    public async Task<bool> EnsureRootAsync(bool create, CancellationToken cancellationToken)
    {
        if (await _client.ExistsAsync(_root, cancellationToken))
        {
            return true;
        }

        if (!create)
        {
            return false;
        }

        var slash = _root.TrimEnd('/').LastIndexOf('/');
        var parent = slash switch { < 0 => ".", 0 => "/", _ => _root[..slash] };
        if (!await _client.ExistsAsync(parent, cancellationToken))
        {
            throw new PublishException(PublishFailure.Configuration,
                $"На сервере нет папки «{parent}», в которой должна быть папка сайта «{_root}». Проверьте remote_path в разделе deploy: файла content/site.yml. На сервере ничего не изменено.");
        }

        await _client.CreateDirectoryAsync(_root, cancellationToken);
        return true;
    }

    public async Task<string?> ReadTextAsync(string relative, CancellationToken cancellationToken)
    {
        var path = Full(relative);
        if (!await _client.ExistsAsync(path, cancellationToken))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await _client.DownloadFileAsync(path, buffer, cancellationToken);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a small file whole: temporary name, then rename over the target.</summary>
    public async Task WriteAtomicallyAsync(string relative, byte[] bytes, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        await UploadAsync(relative, stream, null, cancellationToken);
    }

    public async Task UploadFileAsync(string relative, string localPath, Action<long>? bytesSent, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(localPath);
        await UploadAsync(relative, stream, bytesSent, cancellationToken);
    }

    /// <summary>Removes a file; one already gone is fine (a previous run may have removed it).</summary>
    public async Task DeleteFileAsync(string relative, CancellationToken cancellationToken)
    {
        try
        {
            await _client.DeleteFileAsync(Full(relative), cancellationToken);
        }
        catch (SftpPathNotFoundException)
        {
        }
    }

    /// <summary>Removes a folder if it is empty; a folder with other files in it stays.</summary>
    public async Task TryDeleteDirectoryAsync(string relative, CancellationToken cancellationToken)
    {
        try
        {
            await _client.DeleteDirectoryAsync(Full(relative), cancellationToken);
        }
        catch (SshException)
        {
        }
    }

    /// <summary>The journal of this run, started afresh; lines are flushed one by one.</summary>
    public async Task<Stream> CreateJournalAsync(CancellationToken cancellationToken) =>
        await _client.OpenAsync(Full(UploadJournal.FileName), FileMode.Create, FileAccess.Write, cancellationToken);

    public static string PartName(string relative)
    {
        var slash = relative.LastIndexOf('/');
        return relative[..(slash + 1)] + "." + relative[(slash + 1)..] + PartSuffix;
    }

    public void Dispose()
    {
        try
        {
            _client.Disconnect();
        }
        catch (Exception ex) when (ex is SshException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
        }

        _client.Dispose();
        _key?.Dispose();
    }

    private async Task UploadAsync(string relative, Stream content, Action<long>? bytesSent, CancellationToken cancellationToken)
    {
        var slash = relative.LastIndexOf('/');
        if (slash > 0)
        {
            await EnsureDirectoryAsync(relative[..slash], cancellationToken);
        }

        var part = Full(PartName(relative));
        var progress = bytesSent is null ? null : new CallbackProgress<UploadFileProgressReport>(r => bytesSent((long)r.TotalBytesUploaded));
        await _client.UploadFileAsync(content, part, true, progress, cancellationToken);
        Replace(part, Full(relative));
    }

    /// <summary>One atomic rename over the target (OpenSSH's posix-rename); servers without it get delete-then-rename.</summary>
    private void Replace(string part, string target)
    {
        try
        {
            _client.RenameFile(part, target, isPosix: true);
        }
        catch (NotSupportedException)
        {
            if (_client.Exists(target))
            {
                _client.DeleteFile(target);
            }

            _client.RenameFile(part, target);
        }
    }

    private async Task EnsureDirectoryAsync(string relative, CancellationToken cancellationToken)
    {
        if (_directories.Contains(relative))
        {
            return;
        }

        var slash = relative.LastIndexOf('/');
        if (slash > 0)
        {
            await EnsureDirectoryAsync(relative[..slash], cancellationToken);
        }

        var full = Full(relative);
        if (!await _client.ExistsAsync(full, cancellationToken))
        {
            await _client.CreateDirectoryAsync(full, cancellationToken);
        }

        _directories.Add(relative);
    }

    private string Full(string relative) => _root == "/" ? "/" + relative : _root + "/" + relative;

    private static PrivateKeyFile LoadKey(DeployTarget target)
    {
        try
        {
            return new PrivateKeyFile(target.KeyFile!, target.Passphrase);
        }
        catch (SshPassPhraseNullOrEmptyException)
        {
            throw new PublishException(PublishFailure.Configuration,
                $"Ключ «{target.KeyFile}» защищён паролем. Задайте пароль ключа в переменной окружения {DeployTarget.PassphraseVariable} (не в файле) и повторите выгрузку.");
        }
        catch (Exception ex) when (ex is SshException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw new PublishException(PublishFailure.Configuration,
                $"Не удалось прочитать ключ «{target.KeyFile}»: неверный пароль ключа ({DeployTarget.PassphraseVariable}) или это не закрытый ключ SSH ({ex.GetType().Name}). Проверьте key_file в разделе deploy: файла content/site.yml.",
                ex);
        }
    }

    private static PublishException ConnectFailure(Exception ex, DeployTarget target, string where, string? seen, bool rejected)
    {
        const string Nothing = " На сервере ничего не изменено.";
        var how = target.KeyFile is not null ? $"по ключу «{target.KeyFile}»" : $"по паролю из {DeployTarget.PasswordVariable}";
        var message = ex switch
        {
            _ when rejected =>
                $"Ключ сервера {where} ({seen}) не совпадает с ожидаемым ({target.ExpectedHostKey}) из переменной {DeployTarget.HostKeyVariable}. Возможно, это чужой сервер — выгрузка не начата. Если хостинг сменил ключ, узнайте новый отпечаток у хостинга и обновите переменную.",
            SshAuthenticationException =>
                $"Сервер {where} не впустил пользователя «{target.User}» {how}. Проверьте имя пользователя (user в разделе deploy:) и что открытый ключ добавлен на хостинге (файл authorized_keys или панель управления).{Nothing}",
            SocketException socket =>
                $"Не удалось подключиться к {where} ({socket.SocketErrorCode}). Проверьте host и port в разделе deploy: файла content/site.yml и доступ в интернет.{Nothing}",
            SshOperationTimeoutException =>
                $"Сервер {where} не ответил за 30 секунд. Проверьте адрес и доступ в интернет и повторите выгрузку.{Nothing}",
            _ =>
                $"Не удалось установить SSH-соединение с {where}: {ex.Message}. Проверьте host и port (SFTP обычно на порту 22) и повторите выгрузку.{Nothing}",
        };
        return new PublishException(PublishFailure.Remote, message, ex);
    }
}
