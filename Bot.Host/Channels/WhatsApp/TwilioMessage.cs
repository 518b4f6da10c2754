namespace Bot.Host.Channels.WhatsApp;

/// <summary>One message to create through Twilio's Messages resource, in our own terms.</summary>
internal sealed record TwilioMessage(string To)
{
    public string? Body { get; init; }

    public Uri? MediaUrl { get; init; }

    public string? ContentSid { get; init; }

    /// <summary>JSON object of template variables, e.g. {"1":"Budi"}.</summary>
    public string? ContentVariables { get; init; }
}

/// <summary>What Twilio answered: the message SID, or an error with its code and whether to retry.</summary>
internal sealed record TwilioSendOutcome(string? Sid, int HttpStatus, int? ErrorCode, string? Error, bool Transient, TimeSpan? RetryAfter)
{
    public bool Succeeded => Sid is not null;

    public static TwilioSendOutcome Ok(string sid) => new(sid, 201, null, null, false, null);
}
