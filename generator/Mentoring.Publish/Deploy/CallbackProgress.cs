namespace Mentoring.Publish.Deploy;

/// <summary>Reports synchronously on the caller's thread, in order (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
