using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Bot.Catalog.Search;

/// <summary>
/// The release key (yyyymmdd, from <see cref="CatalogFields.ReleaseSort"/>) of every document of a segment as a
/// plain array, read once per segment and kept while the segment lives: the first pass looks it up for most of
/// the documents it sees, and a doc-values lookup per document cost about as much as scoring it.
/// </summary>
internal static class ReleaseOrder
{
    // Keyed by the segment's core, so an index refresh (new or merged segments) reads the new segments only and
    // dropped segments release their arrays with them.
    private static readonly ConditionalWeakTable<object, int[]> BySegment = [];

    public static int[] For(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static int[] Read(AtomicReader segment)
    {
        var keys = new int[segment.MaxDoc];
        var values = segment.GetNumericDocValues(CatalogFields.ReleaseSort);
        if (values is not null)
        {
            for (var doc = 0; doc < keys.Length; doc++)
            {
                keys[doc] = (int)values.Get(doc);
            }
        }

        return keys;
    }
}
