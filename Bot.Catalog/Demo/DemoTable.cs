namespace Bot.Catalog.Demo;

/// <summary>A simple table printed on a demo PDF page.</summary>
internal sealed record DemoTable(string Caption, string[] Columns, IReadOnlyList<string[]> Rows);
