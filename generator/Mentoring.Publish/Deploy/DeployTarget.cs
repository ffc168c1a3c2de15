using Mentoring.Site.Configuration;

namespace Mentoring.Publish.Deploy;

/// <summary>
/// Where and as whom to upload: the <c>deploy:</c> block of site.yml, checked, with the key file resolved
/// against the site folder. Secrets come only from the environment and never appear in <see cref="ToString"/>.
/// </summary>
public sealed class DeployTarget
{
    public const string PasswordVariable = "MENTORING_DEPLOY_PASSWORD";
    public const string PassphraseVariable = "MENTORING_DEPLOY_PASSPHRASE";

    /// <summary>Optional <c>SHA256:…</c> fingerprint of the server's host key; when set, any other key is refused.</summary>
    public const string HostKeyVariable = "MENTORING_DEPLOY_HOST_KEY";

    public required string Host { get; init; }

    public int Port { get; init; } = 22;

    public required string User { get; init; }

    /// <summary>The site's folder on the server, '/'-separated, without a trailing slash.</summary>
    public required string RemotePath { get; init; }

    /// <summary>Full path of the private key file, or null for password login.</summary>
    public string? KeyFile { get; init; }

    public string? Password { get; init; }

    public string? Passphrase { get; init; }

    public string? ExpectedHostKey { get; init; }

    public override string ToString() => $"{User}@{Host}:{Port}, папка «{RemotePath}»";

    /// <summary>Checks the settings and says in Russian everything that is missing or unsafe, all at once.</summary>
    public static DeployTarget From(DeployConfig? config, string siteRoot, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (config is null)
        {
            throw new PublishException(PublishFailure.Configuration,
                "В content/site.yml нет настроек выгрузки. Добавьте раздел:\n" +
                "deploy:\n  host: ssh.hosting.example\n  port: 22\n  user: school\n  remote_path: public_html/nastavnichestvo\n  key_file: ../keys/school_ed25519\n" +
                $"Пароль (если хостинг пускает только по паролю) задаётся не в файле, а в переменной окружения {PasswordVariable}.");
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(config.Host))
        {
            problems.Add("не указан адрес сервера (host)");
        }

        if (string.IsNullOrWhiteSpace(config.User))
        {
            problems.Add("не указано имя пользователя на сервере (user)");
        }

        if (string.IsNullOrWhiteSpace(config.RemotePath))
        {
            problems.Add("не указана папка сайта на сервере (remote_path), например public_html/nastavnichestvo");
        }

        if (config.Port is < 1 or > 65535)
        {
            problems.Add($"порт {config.Port} недопустим (обычно 22)");
        }

        var password = environment(PasswordVariable);
        var passphrase = environment(PassphraseVariable);
        string? keyFile = null;
        if (!string.IsNullOrWhiteSpace(config.KeyFile))
        {
            var root = Path.GetFullPath(siteRoot);
            keyFile = Path.GetFullPath(Path.Combine(root, config.KeyFile));
            if (IsInside(Path.Combine(root, "content"), keyFile) || IsInside(Path.Combine(root, "output"), keyFile))
            {
                problems.Add($"файл ключа «{config.KeyFile}» лежит в папке content/ или output/ и попал бы на сайт — перенесите его (например, в папку .ssh в домашней папке) и поправьте key_file");
            }
            else if (!File.Exists(keyFile))
            {
                problems.Add($"нет файла ключа «{keyFile}» (key_file; путь считается от папки сайта)");
            }
        }
        else if (string.IsNullOrEmpty(password))
        {
            problems.Add($"не указан ни файл ключа (key_file), ни пароль в переменной окружения {PasswordVariable}");
        }

        if (problems.Count > 0)
        {
            throw new PublishException(PublishFailure.Configuration,
                "Выгрузка не настроена: " + string.Join("; ", problems) + ". Поправьте раздел deploy: в content/site.yml.");
        }

        var remote = config.RemotePath!.Trim().Replace('\\', '/');
        return new DeployTarget
        {
            Host = config.Host!.Trim(),
            Port = config.Port,
            User = config.User!.Trim(),
            RemotePath = remote.Length > 1 ? remote.TrimEnd('/') : remote,
            KeyFile = keyFile,
            Password = string.IsNullOrEmpty(password) ? null : password,
            Passphrase = string.IsNullOrEmpty(passphrase) ? null : passphrase,
            ExpectedHostKey = environment(HostKeyVariable) is { Length: > 0 } hostKey ? hostKey.Trim() : null,
        };
    }

    private static bool IsInside(string folder, string path)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.StartsWith(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, comparison);
    }
}
