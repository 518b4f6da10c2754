namespace Bot.Catalog.Bps;

/// <summary>A WebAPI call that did not give usable data; <see cref="Exception.Message"/> is fit for an operator.</summary>
public sealed class BpsApiException : Exception
{
    public BpsApiException()
    {
    }

    public BpsApiException(string message)
        : base(message)
    {
    }

    public BpsApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BpsApiException(BpsApiFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>The kind of failure.</summary>
    public BpsApiFailure Failure { get; } = BpsApiFailure.BadResponse;
}
