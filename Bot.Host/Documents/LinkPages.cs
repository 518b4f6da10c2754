using System.Net;
using Bot.Host.Messaging;

namespace Bot.Host.Documents;

/// <summary>
/// The small pages a document link answers with when it cannot give the PDF: Indonesian first,
/// English second, each saying what to do next (ask again in the chat).
/// </summary>
internal static class LinkPages
{
    public static IResult Invalid() => Page(
        HttpStatusCode.Forbidden, "Tautan tidak sah",
        "Tautan ini tidak sah. Minta tautan baru lewat chat.",
        "This link is not valid. Ask for a new one in the chat.",
        webChat: true);

    public static IResult Unavailable() => Page(
        HttpStatusCode.NotFound, "Dokumen tidak tersedia",
        // Nobody is told from here (StaffNotices covers a broken source found in the chat), so the page promises nothing.
        "Maaf, dokumen ini sedang tidak dapat dibuka. Silakan coba lagi nanti, atau beri tahu kami lewat chat: ketik \"pengaduan\".",
        "Sorry, this document cannot be opened right now. Please try again later, or tell us in the chat: type \"complaint\".",
        webChat: true);

    public static IResult Expired(DeliveryRecord record, int minutes)
    {
        var title = WebUtility.HtmlEncode(record.PublicationTitle);
        return Page(
            HttpStatusCode.Gone, "Tautan kedaluwarsa",
            $"Tautan untuk <em>{title}</em> berlaku {minutes} menit sejak dikirim dan kini sudah kedaluwarsa. Silakan minta lagi di chat: ketik judulnya, lalu pilih Baca atau Unduh.",
            $"The link to <em>{title}</em> works for {minutes} minutes after it was sent and has now expired. Please ask again in the chat: type its title, then choose Read or Download.",
            record.Channel == ChannelNames.WebChat);
    }

    public static IResult UsedUp(DeliveryRecord record, int opens)
    {
        var title = WebUtility.HtmlEncode(record.PublicationTitle);
        return Page(
            HttpStatusCode.Gone, "Tautan sudah habis dipakai",
            $"Tautan untuk <em>{title}</em> sudah dibuka {opens} kali, batas untuk satu tautan. Silakan minta tautan baru di chat.",
            $"The link to <em>{title}</em> has been opened {opens} times, the limit for one link. Please ask for a new one in the chat.",
            record.Channel == ChannelNames.WebChat);
    }

    // The web chat lives on this host; a WhatsApp or Telegram user goes back to their own app.
    private static IResult Page(HttpStatusCode status, string title, string indonesian, string english, bool webChat) =>
        Results.Content(
            $"<!doctype html><html lang=\"id\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title>" +
            // Styled from the page's own stylesheet: the Content-Security-Policy allows no inline style.
            "<link rel=\"stylesheet\" href=\"/page.css\">" +
            $"<body class=\"notice-page\"><h1>{title}</h1><p>{indonesian}</p><p lang=\"en\" class=\"en\">{english}</p>" +
            (webChat ? "<p><a href=\"/\">Buka chat · Open the chat</a></p>" : "<p>Kembali ke chat WhatsApp atau Telegram Anda. · <span lang=\"en\">Go back to your WhatsApp or Telegram chat.</span></p>") +
            "</body></html>",
            "text/html; charset=utf-8",
            statusCode: (int)status);
}
