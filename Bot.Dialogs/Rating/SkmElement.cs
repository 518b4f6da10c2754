using Bot.Dialogs.Model;

namespace Bot.Dialogs.Rating;

/// <summary>
/// One element of the public-service satisfaction survey (SKM, PermenPANRB 14/2017): its code,
/// its name in reports, the question, and the four answers from worst (1) to best (4).
/// </summary>
public sealed record SkmElement(string Code, string Name, Bilingual Question, IReadOnlyList<Bilingual> Answers);
