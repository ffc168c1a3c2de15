using Mentoring.Publish.Deploy;
using Mentoring.Site.Configuration;

namespace Mentoring.Publish.Tests.Deploy;

public sealed class DeployTargetTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mentoring-target-" + Guid.NewGuid().ToString("N")[..8]);

    public DeployTargetTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content"));
        Directory.CreateDirectory(Path.Combine(_root, "keys"));
        File.WriteAllText(Path.Combine(_root, "keys", "school"), "key");
        File.WriteAllText(Path.Combine(_root, "content", "school_key"), "key");
    }

    [Fact]
    public void A_relative_key_file_is_resolved_against_the_site_folder()
    {
        var target = DeployTarget.From(Config(keyFile: "keys/school"), _root, _ => null);

        Assert.Equal(Path.Combine(_root, "keys", "school"), target.KeyFile);
        Assert.Equal("public_html/nastavnichestvo", target.RemotePath);
        Assert.Equal(22, target.Port);
    }

    [Fact]
    public void A_key_inside_content_is_refused_because_it_would_be_published()
    {
        var failure = Assert.Throws<PublishException>(() => DeployTarget.From(Config(keyFile: "content/school_key"), _root, _ => null));

        Assert.Equal(PublishFailure.Configuration, failure.Failure);
        Assert.Contains("попал бы на сайт", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_settings_are_all_named_at_once()
    {
        var failure = Assert.Throws<PublishException>(() => DeployTarget.From(new DeployConfig { Port = 70000 }, _root, _ => null));

        Assert.Contains("(host)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("(user)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("(remote_path)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("порт 70000", failure.Message, StringComparison.Ordinal);
        Assert.Contains(DeployTarget.PasswordVariable, failure.Message, StringComparison.Ordinal);
        Assert.Contains("deploy:", Assert.Throws<PublishException>(() => DeployTarget.From(null, _root, _ => null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_password_comes_only_from_the_environment_and_is_never_printed()
    {
        const string Secret = "s3cr3t-пароль";
        var target = DeployTarget.From(Config(keyFile: null), _root, name => name == DeployTarget.PasswordVariable ? Secret : null);

        Assert.Equal(Secret, target.Password);
        Assert.DoesNotContain(Secret, target.ToString(), StringComparison.Ordinal);
        Assert.Equal("school@ssh.example:22, папка «public_html/nastavnichestvo»", target.ToString());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static DeployConfig Config(string? keyFile) => new()
    {
        Host = "ssh.example",
        User = "school",
        RemotePath = "public_html/nastavnichestvo/",
        KeyFile = keyFile,
    };
}
