using System.Text;

namespace Mentoring.Publish.Preview;

/// <summary>One server-sent event: a name and one line of JSON.</summary>
public sealed record PreviewEvent(string Name, string Data)
{
    /// <summary>The event as sent on the wire. JSON from System.Text.Json never contains a raw line break.</summary>
    public string ToWire() => new StringBuilder()
        .Append("event: ").Append(Name).Append('\n')
        .Append("data: ").Append(Data).Append("\n\n")
        .ToString();
}
