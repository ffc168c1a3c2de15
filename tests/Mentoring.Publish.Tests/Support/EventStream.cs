using System.Text;

namespace Mentoring.Publish.Tests.Support;

/// <summary>A server-sent events client on HttpClient, as a browser's EventSource would read the stream.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpClient client, HttpResponseMessage response, StreamReader reader)
    {
        _client = client;
        _response = response;
        _reader = reader;
    }

    public static async Task<EventStream> OpenAsync(Uri url)
    {
        var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/event-stream", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        return new EventStream(client, response, reader);
    }

    /// <summary>The next event (comments and retry lines skipped).</summary>
    public async Task<(string Name, string Data)> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cts.Token) ?? throw new InvalidOperationException("The event stream ended.");
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, data.ToString());
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }
    }

    /// <summary>Skips other events until one named <paramref name="name"/> arrives.</summary>
    public async Task<string> WaitForAsync(string name, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var seen = new List<string>();
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No '{name}' event within {timeout}; seen: {string.Join(", ", seen)}");
            }

            try
            {
                var e = await NextAsync(left);
                if (e.Name == name)
                {
                    return e.Data;
                }

                seen.Add(e.Name);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No '{name}' event within {timeout}; seen: {string.Join(", ", seen)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _client.Dispose();
        await Task.CompletedTask;
    }
}
