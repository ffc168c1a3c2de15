using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mentoring.Publish.Tests.Support;

/// <summary>
/// A real OpenSSH server (Debian's openssh-server) on 127.0.0.1 and a free port, with a throw-away host key and
/// user key in a temporary folder. Without sshd the tests fail with the install hint — they are never skipped.
/// Started once per test class (<see cref="IAsyncLifetime"/>) and always stopped, its folder deleted.
/// </summary>
public sealed class SshServer : IAsyncLifetime
{
    public const string InstallHint = "OpenSSH server not found (/usr/sbin/sshd). Install it: apt-get install -y openssh-server (./test.sh does this).";

    private Process? _process;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mentoring-sshd-" + Guid.NewGuid().ToString("N")[..12]);

    public int Port { get; private set; }

    public string User { get; } = Environment.UserName;

    /// <summary>The private key the server accepts.</summary>
    public string KeyFile => Path.Combine(Folder, "user_key");

    /// <summary>A valid private key the server does not know.</summary>
    public string WrongKeyFile => Path.Combine(Folder, "wrong_key");

    /// <summary>The host key's fingerprint as ssh prints it.</summary>
    public string HostKeyFingerprint { get; private set; } = string.Empty;

    public static string? FindSshd() =>
        new[] { "/usr/sbin/sshd", "/usr/local/sbin/sshd" }.FirstOrDefault(File.Exists);

    public async Task InitializeAsync()
    {
        var sshd = FindSshd() ?? throw new InvalidOperationException(InstallHint);
        Directory.CreateDirectory(Folder);
        await RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "mentoring-test-host", "-f", Path.Combine(Folder, "host_key"));
        await RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "mentoring-test-user", "-f", KeyFile);
        await RunAsync("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "mentoring-test-wrong", "-f", WrongKeyFile);
        File.Copy(KeyFile + ".pub", Path.Combine(Folder, "authorized_keys"));
        var fingerprint = await RunAsync("ssh-keygen", "-l", "-E", "sha256", "-f", Path.Combine(Folder, "host_key.pub"));
        HostKeyFingerprint = fingerprint.Split(' ')[1];

        // sshd refuses to start without its privilege separation folder; a fresh container may lack it.
        if (OperatingSystem.IsLinux() && Environment.UserName == "root")
        {
            Directory.CreateDirectory("/run/sshd");
        }

        Port = FreePort();
        var config = Path.Combine(Folder, "sshd_config");
        await File.WriteAllTextAsync(config, string.Join('\n',
            $"Port {Port.ToString(CultureInfo.InvariantCulture)}",
            "ListenAddress 127.0.0.1",
            $"HostKey {Path.Combine(Folder, "host_key")}",
            $"PidFile {Path.Combine(Folder, "sshd.pid")}",
            $"AuthorizedKeysFile {Path.Combine(Folder, "authorized_keys")}",
            "StrictModes no",
            "UsePAM no",
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin yes",
            "Subsystem sftp internal-sftp",
            "LogLevel ERROR",
            string.Empty));
        _process = Process.Start(new ProcessStartInfo(sshd)
        {
            ArgumentList = { "-D", "-e", "-f", config },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("sshd did not start.");
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        await WaitUntilListeningAsync();
    }

    /// <summary>A remote folder of its own for one test (no chroot: it is a local path the test can inspect).</summary>
    public string NewRemoteFolder(string name)
    {
        var path = Path.Combine(Folder, "remote", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Cuts every open SSH connection (kills the per-connection processes); the listener stays up.</summary>
    public void KillConnections()
    {
        if (_process is null)
        {
            return;
        }

        var children = File.ReadAllText($"/proc/{_process.Id}/task/{_process.Id}/children")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));
        foreach (var id in children)
        {
            try
            {
                using var child = Process.GetProcessById(id);
                child.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"sshd exited with code {_process.ExitCode}; see its config in {Folder}.");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
        }

        return output;
    }
}
