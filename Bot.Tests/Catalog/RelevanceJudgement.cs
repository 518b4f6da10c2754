namespace Bot.Tests.Catalog;

/// <summary>One judged query: the publication a librarian would hand over first.</summary>
public sealed record RelevanceJudgement(string Query, string Expected);
