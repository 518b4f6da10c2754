namespace Bot.Catalog.Bps;

/// <summary>Why a WebAPI call failed.</summary>
public enum BpsApiFailure
{
    /// <summary>The API answered <c>status: Error</c> (a wrong or revoked key answers HTTP 200 this way).</summary>
    Refused,

    /// <summary>No answer, a network error, or an HTTP error after the retries.</summary>
    Unreachable,

    /// <summary>An answer that is not the JSON the API documents.</summary>
    BadResponse,
}
