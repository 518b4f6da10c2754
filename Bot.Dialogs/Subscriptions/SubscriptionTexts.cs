using Bot.Dialogs.Model;

namespace Bot.Dialogs.Subscriptions;

/// <summary>Texts of new-release subscriptions.</summary>
public static class SubscriptionTexts
{
    public static readonly Bilingual AskTopics = new(
        "Ingin dikabari saat BPS Kota Tarakan merilis publikasi atau Berita Resmi Statistik baru? Pilih topiknya:",
        "Would you like to hear when BPS Kota Tarakan releases a new publication or press release? Choose a topic:");

    public static readonly Bilingual Subscribed = new(
        "Terima kasih! Anda akan mendapat kabar rilis baru tentang: {0}.\nKetik \"berhenti langganan\" kapan saja untuk berhenti.",
        "Thank you! You will hear about new releases on: {0}.\nType \"unsubscribe\" at any time to stop.");

    public static readonly Bilingual UnknownTopic = new(
        "Maaf, topik \"{0}\" belum tersedia. Topik yang bisa dipilih: {1}, atau \"semua\".",
        "Sorry, there is no topic \"{0}\" yet. You can choose: {1}, or \"all\".");

    public static readonly Bilingual Unsubscribed = new(
        "Baik, Anda tidak akan menerima kabar rilis baru lagi. Ketik \"langganan\" jika ingin berlangganan kembali.",
        "Done, you will no longer receive new-release notices. Type \"subscribe\" to subscribe again.");

    public static readonly Bilingual NotSubscribed = new(
        "Anda belum berlangganan kabar rilis baru. Ketik \"langganan\" untuk mulai.",
        "You are not subscribed to new-release notices. Type \"subscribe\" to start.");

    public static readonly Bilingual EveryTopic = new("semua rilis", "every release");

    public static readonly Bilingual EveryChoice = new("Semua topik", "All topics");

    public static readonly Bilingual Notice = new(
        "📢 Rilis baru BPS Kota Tarakan:\n{0}",
        "📢 New from BPS Kota Tarakan:\n{0}");

    public static readonly Bilingual NoticeMore = new("… dan {0} rilis lainnya.", "… and {0} more.");

    public static readonly Bilingual NoticeFooter = new(
        "Pilih untuk membuka. Ketik \"berhenti langganan\" untuk berhenti.",
        "Choose one to open it. Type \"unsubscribe\" to stop.");

    public static readonly Bilingual PressReleaseItem = new("• BRS: {0} ({1})", "• Press release: {0} ({1})");

    public static readonly Bilingual PublicationItem = new("• {0} ({1})", "• {0} ({1})");
}
