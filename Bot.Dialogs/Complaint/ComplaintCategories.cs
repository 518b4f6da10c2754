using Bot.Dialogs.Model;
using Bot.Dialogs.Texts;

namespace Bot.Dialogs.Complaint;

/// <summary>The complaint categories: the id is stored on the ticket, the label shown to users and staff.</summary>
public static class ComplaintCategories
{
    public const string Service = "service";
    public const string Staff = "staff";
    public const string Data = "data";
    public const string System = "system";
    public const string Other = "other";

    public static readonly IReadOnlyList<(string Id, Bilingual Label)> All =
    [
        (Service, ComplaintTexts.CategoryService),
        (Staff, ComplaintTexts.CategoryStaff),
        (Data, ComplaintTexts.CategoryData),
        (System, ComplaintTexts.CategorySystem),
        (Other, ComplaintTexts.CategoryOther),
    ];

    public static Bilingual LabelOf(string id) => All.FirstOrDefault(c => c.Id == id).Label ?? ComplaintTexts.CategoryOther;
}
