namespace Bot.Catalog.Demo;

/// <summary>A heading with paragraphs and an optional table; one section per demo PDF page.</summary>
internal sealed record DemoSection(string Heading, IReadOnlyList<string> Paragraphs, DemoTable? Table);
