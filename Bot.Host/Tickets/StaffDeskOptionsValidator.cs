using Microsoft.Extensions.Options;

namespace Bot.Host.Tickets;

/// <summary>Checks what data annotations cannot: office hours that parse, and email addresses.</summary>
internal sealed class StaffDeskOptionsValidator : IValidateOptions<StaffDeskOptions>
{
    public ValidateOptionsResult Validate(string? name, StaffDeskOptions options)
    {
        var errors = new List<string>();
        try
        {
            _ = new OfficeHours(options.OfficeHours);
        }
        catch (InvalidOperationException e)
        {
            errors.Add(e.Message);
        }

        foreach (var email in options.Emails.Where(e => !string.IsNullOrWhiteSpace(e) && !e.Contains('@', StringComparison.Ordinal)))
        {
            errors.Add($"Staff:Emails holds '{email}', which is not an email address (e.g. Staff__Emails__0=pst6571@bps.go.id).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
