using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Staff;

/// <summary>`Staff:ApiKey`: the bearer key of the staff API. Empty: the API takes only the console's cookie.</summary>
public sealed class StaffApiKeyOptions : IValidatableObject
{
    public const string Section = "Staff";
    public const int MinimumLength = 32;

    public string? ApiKey { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(ApiKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && ApiKey!.Trim().Length < MinimumLength)
        {
            yield return new ValidationResult(
                $"Staff:ApiKey is too short: use at least {MinimumLength} random characters (e.g. `openssl rand -hex 24`), or leave it empty to use the staff API only from the signed-in console.");
        }
    }
}
