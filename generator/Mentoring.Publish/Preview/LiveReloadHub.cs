using System.Globalization;
using System.Threading.Channels;

namespace Mentoring.Publish.Preview;

/// <summary>
/// Fans preview events out to every open tab. Remembers the current build and, while the content is broken,
/// the errors, so a tab that connects (or reconnects) learns the state at once instead of waiting for the next save.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<PreviewEvent>> _subscribers = [];
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private long _build;
    private PreviewEvent? _problems;
    private bool _completed;

    /// <summary>Open event streams; for tests waiting until a browser (or HttpClient) listens.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>A new listener: it first receives <c>hello</c> with the current build and, if broken, the errors.</summary>
    public ChannelReader<PreviewEvent> Subscribe()
    {
        var channel = Channel.CreateUnbounded<PreviewEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            channel.Writer.TryWrite(Hello());
            if (_problems is not null)
            {
                channel.Writer.TryWrite(_problems);
            }

            if (_completed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _subscribers.Add(channel);
            }
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<PreviewEvent> reader)
    {
        lock (_gate)
        {
            _subscribers.RemoveAll(c => c.Reader == reader);
        }
    }

    /// <summary>A new good site is being served: every tab reloads, and the error overlay is gone with the old page.</summary>
    public void PublishReload()
    {
        lock (_gate)
        {
            _build++;
            _problems = null;
            Broadcast(new PreviewEvent(LiveReload.ReloadEvent, BuildJson()));
        }
    }

    /// <summary>The content is broken: tabs keep the last good page and show the errors over it.</summary>
    public void PublishProblems(BuildProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        lock (_gate)
        {
            _problems = problems.ToEvent();
            Broadcast(_problems);
        }
    }

    /// <summary>Ends every stream, so the server can stop without waiting for open tabs.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            foreach (var channel in _subscribers)
            {
                channel.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    private void Broadcast(PreviewEvent e)
    {
        foreach (var channel in _subscribers)
        {
            channel.Writer.TryWrite(e);
        }
    }

    private PreviewEvent Hello() => new(LiveReload.HelloEvent, BuildJson());

    private string BuildJson() => string.Create(CultureInfo.InvariantCulture, $"{{\"build\":\"{_instance}-{_build}\"}}");
}
