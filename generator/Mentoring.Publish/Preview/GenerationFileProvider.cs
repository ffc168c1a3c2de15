using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Mentoring.Publish.Preview;

/// <summary>
/// The files of the generation being served. Swapping to a new generation is one reference assignment,
/// so a request sees either the old site or the new one, never a mix or a half-written folder.
/// </summary>
public sealed class GenerationFileProvider : IFileProvider, IDisposable
{
    private volatile PhysicalFileProvider? _current;

    public bool HasSite => _current is not null;

    public string? Root => _current?.Root;

    public void Swap(string folder)
    {
        var previous = Interlocked.Exchange(ref _current, new PhysicalFileProvider(Path.GetFullPath(folder)));
        previous?.Dispose();
    }

    public IFileInfo GetFileInfo(string subpath) =>
        _current is { } provider ? provider.GetFileInfo(subpath) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) =>
        _current is { } provider ? provider.GetDirectoryContents(subpath) : NotFoundDirectoryContents.Singleton;

    /// <summary>The preview watches the sources, not its own output.</summary>
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Dispose();
}
