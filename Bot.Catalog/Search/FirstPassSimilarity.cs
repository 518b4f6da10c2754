using Lucene.Net.Search.Similarities;

namespace Bot.Catalog.Search;

/// <summary>
/// Scoring of the cheap first pass. In the merged first-pass field a word counts 3 when it is in the title
/// (frequency at least <see cref="CatalogDocumentMapper.MetaTitleFrequency"/>), 1 when it is in other metadata
/// (at least <see cref="CatalogDocumentMapper.MetaCopies"/>) and 0.2 when it is only in the PDF text (indexed once),
/// whatever its exact frequency; other fields score as usual.
/// </summary>
/// <remarks>
/// Flat scores tie a lot (the yearly editions of a series read alike); the first pass then keeps the newest of
/// the tied documents, the order the final ranking gives to near-equal scores. Exact frequencies and lengths
/// would instead make an edition with one more mention of a word win its place among the candidates.
/// </remarks>
internal sealed class FirstPassSimilarity : PerFieldSimilarityWrapper
{
    /// <summary>Shared instance (stateless).</summary>
    public static readonly FirstPassSimilarity Instance = new();

    private const float TitleWeight = 3f;

    // As the full query weighs the PDF text against the metadata fields.
    private const float TextOnlyWeight = 0.2f;

    private static readonly DefaultSimilarity Default = new();
    private static readonly MetaSimilarity Meta = new();

    public override Similarity Get(string name) => name == CatalogFields.Meta ? Meta : Default;

    // The wrapper's own coord and query norm are 1; keep the default ones so that, as before, a document matching
    // more of the query's words comes first when not all words are required.
    public override float Coord(int overlap, int maxOverlap) => Default.Coord(overlap, maxOverlap);

    public override float QueryNorm(float sumOfSquaredWeights) => Default.QueryNorm(sumOfSquaredWeights);

    private sealed class MetaSimilarity : DefaultSimilarity
    {
        public override float Tf(float freq) =>
            freq >= CatalogDocumentMapper.MetaTitleFrequency ? TitleWeight
            : freq >= CatalogDocumentMapper.MetaCopies ? 1f
            : freq > 0 ? TextOnlyWeight : 0f;
    }
}
