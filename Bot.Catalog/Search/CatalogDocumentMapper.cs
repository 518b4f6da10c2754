using System.Globalization;
using Lucene.Net.Documents;

namespace Bot.Catalog.Search;

/// <summary>Maps publications to Lucene documents and stored documents back to <see cref="CatalogEntry"/>.</summary>
internal static class CatalogDocumentMapper
{
    // The first-pass field is only matched word by word (no phrases), so positions would be wasted space.
    private static readonly FieldType MetaType = CreateMetaType();

    /// <summary>
    /// Every metadata word counts this many times in the first-pass field, and each distinct word of the PDF text
    /// once, so one term query tells a metadata match from a match in the text only.
    /// </summary>
    internal const int MetaCopies = 2;

    /// <summary>
    /// The title counts this many times as much as other metadata, so one term query also tells a title match
    /// (frequency at least <see cref="MetaTitleFrequency"/>) from a match elsewhere (see
    /// <see cref="FirstPassSimilarity"/>). Separate clauses per field made the first pass a disjunction per word,
    /// two to three times slower per matching document.
    /// </summary>
    internal const int MetaTitleCopies = 4;

    /// <summary>The first-pass frequency from which a word is in the title.</summary>
    internal const int MetaTitleFrequency = MetaCopies * MetaTitleCopies;

    /// <summary>Stored value of <see cref="CatalogFields.Kind"/> for publications.</summary>
    internal const string KindPublication = "publication";

    /// <summary>Stored value of <see cref="CatalogFields.Kind"/> for press releases.</summary>
    internal const string KindPressRelease = "pressrelease";

    public static Document ToLucene(CatalogDocument source, CatalogAnalyzer analyzer)
    {
        var p = source.Publication;
        var doc = new Document
        {
            new StringField(CatalogFields.Id, p.Id, Field.Store.YES),
            new TextField(CatalogFields.Title, p.Title, Field.Store.YES),
            new TextField(CatalogFields.TitleExact, p.Title, Field.Store.NO),
            new StringField(CatalogFields.Year, p.Year.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new NumericDocValuesField(CatalogFields.YearSort, p.Year),
            new NumericDocValuesField(CatalogFields.ReleaseSort, p.ReleaseDate is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : p.Year * 10000),
            new StringField(CatalogFields.Language, p.Language, Field.Store.YES),
            new StoredField(CatalogFields.Pages, source.PageCount.ToString(CultureInfo.InvariantCulture)),
            new StoredField(CatalogFields.SizeBytes, source.SizeBytes.ToString(CultureInfo.InvariantCulture)),
            new StoredField(CatalogFields.FileName, source.FileName),
            new StringField(CatalogFields.Kind, p.Kind == Publications.CatalogKind.PressRelease ? KindPressRelease : KindPublication, Field.Store.YES),
        };

        // Own field, not merged into the title: a long English subtitle would dilute the title's length norm.
        AddOptional(doc, CatalogFields.Subtitle, p.Subtitle, text: true);
        AddOptional(doc, CatalogFields.Abstract, p.Abstract, text: true);
        AddOptional(doc, CatalogFields.CatalogNumber, p.CatalogNumber, text: false);
        AddOptional(doc, CatalogFields.PublicationNumber, p.PublicationNumber, text: false);
        AddOptional(doc, CatalogFields.Issn, p.Issn, text: false);
        AddOptional(doc, CatalogFields.Isbn, p.Isbn, text: false);
        AddOptional(doc, CatalogFields.ReleaseDate, p.ReleaseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text: false);
        AddOptional(doc, CatalogFields.Text, source.Text, text: true);
        foreach (var subject in p.Subjects)
        {
            doc.Add(new TextField(CatalogFields.Subjects, subject, Field.Store.YES));
        }

        var exact = string.Join(" \n ", new[] { p.Title, p.Subtitle, string.Join(" \n ", p.Subjects), p.Abstract }.Where(s => !string.IsNullOrWhiteSpace(s)));
        doc.Add(new TextField(CatalogFields.AllExact, exact, Field.Store.NO));
        for (var copy = 0; copy < MetaCopies; copy++)
        {
            doc.Add(new Field(CatalogFields.Meta, exact, MetaType));
        }

        for (var copy = MetaCopies; copy < MetaTitleFrequency; copy++)
        {
            doc.Add(new Field(CatalogFields.Meta, p.Title, MetaType));
        }

        if (!string.IsNullOrWhiteSpace(source.Text))
        {
            var words = new TermListTokenStream(analyzer.DistinctTerms(CatalogFields.Text, source.Text));
            doc.Add(new Field(CatalogFields.Meta, new ConceptFilter(words), MetaType));
        }

        doc.Add(new BinaryDocValuesField(CatalogFields.EntryBlob, new Lucene.Net.Util.BytesRef(CatalogEntryCodec.Encode(ToEntry(source)))));
        return doc;
    }

    /// <summary>The entry as it will read back from the stored fields of <paramref name="source"/>.</summary>
    public static CatalogEntry ToEntry(CatalogDocument source)
    {
        var p = source.Publication;
        return new CatalogEntry
        {
            Id = p.Id,
            Title = p.Title,
            Subtitle = Blank(p.Subtitle),
            Year = p.Year,
            CatalogNumber = Blank(p.CatalogNumber),
            PublicationNumber = Blank(p.PublicationNumber),
            Issn = Blank(p.Issn),
            Isbn = Blank(p.Isbn),
            ReleaseDate = p.ReleaseDate,
            Language = p.Language,
            Subjects = p.Subjects,
            Abstract = Blank(p.Abstract),
            FileName = source.FileName,
            PageCount = source.PageCount,
            SizeBytes = source.SizeBytes,
            Kind = p.Kind,
        };

        static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public static CatalogEntry ToEntry(Document doc) => new()
    {
        Id = doc.Get(CatalogFields.Id) ?? string.Empty,
        Title = doc.Get(CatalogFields.Title) ?? string.Empty,
        Subtitle = doc.Get(CatalogFields.Subtitle),
        Year = int.TryParse(doc.Get(CatalogFields.Year), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : 0,
        CatalogNumber = doc.Get(CatalogFields.CatalogNumber),
        PublicationNumber = doc.Get(CatalogFields.PublicationNumber),
        Issn = doc.Get(CatalogFields.Issn),
        Isbn = doc.Get(CatalogFields.Isbn),
        ReleaseDate = DateOnly.TryParseExact(doc.Get(CatalogFields.ReleaseDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        Language = doc.Get(CatalogFields.Language) ?? "id",
        Subjects = doc.GetValues(CatalogFields.Subjects) ?? [],
        Abstract = doc.Get(CatalogFields.Abstract),
        FileName = doc.Get(CatalogFields.FileName) ?? string.Empty,
        PageCount = int.TryParse(doc.Get(CatalogFields.Pages), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pages) ? pages : 0,
        SizeBytes = long.TryParse(doc.Get(CatalogFields.SizeBytes), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : 0,
        Kind = doc.Get(CatalogFields.Kind) == KindPressRelease ? Publications.CatalogKind.PressRelease : Publications.CatalogKind.Publication,
    };

    private static FieldType CreateMetaType()
    {
        // No norms: the first pass ranks by which words match where, and length norms would only add noise that
        // pushes newer editions of a series out of the candidates.
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS, OmitNorms = true };
        type.Freeze();
        return type;
    }

    private static void AddOptional(Document doc, string field, string? value, bool text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        doc.Add(text ? new TextField(field, value, Field.Store.YES) : new StringField(field, value, Field.Store.YES));
    }
}
