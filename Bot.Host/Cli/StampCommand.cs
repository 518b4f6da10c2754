using System.Security.Cryptography;
using Bot.Catalog.Pdf;
using Bot.Dialogs.Model;

namespace Bot.Host.Cli;

/// <summary>
/// <c>catalog stamp &lt;in.pdf&gt; &lt;out.pdf&gt; --name "..." --email "..." [--id X]</c>: writes a watermarked copy.
/// Exit codes: 0 success, 1 unusable source PDF or output failure, 2 usage error.
/// </summary>
internal static class StampCommand
{
    internal const int Success = 0;
    internal const int BadPdf = 1;
    internal const int Usage = 2;

    private const string UsageText = "usage: catalog stamp <in.pdf> <out.pdf> --name \"User Name\" --email user@example.com [--id DOWNLOAD-ID]";

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            error.WriteLine($"catalog stamp: {problem}");
            error.WriteLine(UsageText);
            return Task.FromResult(Usage);
        }

        var now = DateTimeOffset.UtcNow;
        var info = new WatermarkInfo(options.Name, EmailMask.Mask(options.Email), options.Id ?? NewDownloadId(), now) { PrintedAt = Formats.Moment(now, Language.Id) };
        try
        {
            var result = new PdfWatermarker().StampFile(options.Input, options.Output, info, cancellationToken);
            output.WriteLine($"Stamped {result.PageCount} page(s): {options.Input} -> {options.Output} ({result.OutputBytes} bytes) for {info.UserName} <{info.MaskedEmail}>, ID {info.DownloadId}");
            return Task.FromResult(Success);
        }
        catch (PdfStampException ex)
        {
            error.WriteLine($"catalog stamp: {Describe(ex.Reason)}: {ex.Message}");
            return Task.FromResult(BadPdf);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"catalog stamp: cannot write '{options.Output}': {ex.Message}");
            return Task.FromResult(BadPdf);
        }
    }

    private static string Describe(PdfStampFailureReason reason) => reason switch
    {
        PdfStampFailureReason.Missing => "missing source",
        PdfStampFailureReason.Encrypted => "encrypted PDF",
        PdfStampFailureReason.Damaged => "damaged PDF",
        PdfStampFailureReason.NotPdf => "not a PDF",
        _ => "unusable PDF",
    };

    // Short, unambiguous, and sortable by day; not a secret, only a handle to trace a leaked copy.
    private static string NewDownloadId() =>
        $"DL-{DateTimeOffset.UtcNow:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";

    private static bool TryParse(string[] args, out StampOptions options, out string problem)
    {
        options = default!;
        var positional = new List<string>();
        string? name = null, email = null, id = null;

        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                problem = $"option {arg} needs a value.";
                return false;
            }

            var value = args[++i];
            switch (arg)
            {
                case "--name": name = value; break;
                case "--email": email = value; break;
                case "--id": id = value; break;
                default:
                    problem = $"unknown option {arg}.";
                    return false;
            }
        }

        problem = positional.Count != 2 ? $"expected <in.pdf> and <out.pdf>, got {positional.Count} path(s)."
            : string.IsNullOrWhiteSpace(name) ? "--name is required."
            : string.IsNullOrWhiteSpace(email) ? "--email is required."
            : !LooksLikeEmail(email) ? $"--email '{email}' is not an email address."
            : id is not null && string.IsNullOrWhiteSpace(id) ? "--id must not be empty."
            : string.Empty;
        if (problem.Length > 0)
        {
            return false;
        }

        options = new StampOptions(positional[0], positional[1], name!.Trim(), email!.Trim(), id?.Trim());
        return true;
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.Trim().LastIndexOf('@');
        return at > 0 && at < email.Trim().Length - 1;
    }

    private sealed record StampOptions(string Input, string Output, string Name, string Email, string? Id);
}
