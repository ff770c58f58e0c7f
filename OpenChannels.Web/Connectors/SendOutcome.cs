namespace OpenChannels.Web.Connectors;

/// <summary>How an attempt went. A failure is retried unless <see cref="Permanent"/>; <see cref="RetryAfter"/> is the receiver's wish (429).</summary>
public sealed record SendOutcome(bool Delivered, int? Status, string? Error, TimeSpan? RetryAfter = null, bool Permanent = false)
{
    public static SendOutcome Success(int? status = null) => new(true, status, null);

    public static SendOutcome Failure(string error, int? status = null, TimeSpan? retryAfter = null, bool permanent = false) =>
        new(false, status, error, retryAfter, permanent);
}
