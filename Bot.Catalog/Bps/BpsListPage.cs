using System.Text.Json;

namespace Bot.Catalog.Bps;

/// <summary>One page of a WebAPI list.</summary>
/// <param name="Page">This page's number.</param>
/// <param name="Pages">Number of pages upstream reports (0 past the end).</param>
/// <param name="Total">Number of items upstream reports.</param>
/// <param name="Items">The items, each a JSON object (cloned, safe to keep).</param>
public sealed record BpsListPage(int Page, int Pages, int Total, IReadOnlyList<JsonElement> Items)
{
    /// <summary>True for the <c>list-not-available</c> answer past the last page (or for an empty domain).</summary>
    public bool IsEnd => Items.Count == 0;
}
