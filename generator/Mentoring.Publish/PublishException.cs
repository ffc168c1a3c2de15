namespace Mentoring.Publish;

/// <summary>
/// A failure the user can act on. The message is Russian and complete: what happened, what state things
/// are in now and what to do. It never contains a password or a passphrase.
/// </summary>
public sealed class PublishException : Exception
{
    public PublishException(PublishFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    public PublishFailure Failure { get; }
}
