using Bot.Catalog.Import;
using Bot.Catalog.Publications;

namespace Bot.Tests.Catalog;

public sealed class ManifestValidationTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_valid_manifest_has_no_errors_and_reads_every_field()
    {
        // Arrange
        CatalogFiles.ValidPdf(folder.Combine("a.pdf"));
        var path = CatalogFiles.Manifest(folder.Path, CatalogFiles.Entry("a", extra: """, "subtitle": "Sub", "publicationNumber": "65710.2401", "issn": "2088-3781", "isbn": "978-602-438-123-4", "releaseDate": "2024-02-28" """));

        // Act
        var validation = ManifestValidator.Validate(path);

        // Assert
        Assert.True(validation.IsValid, string.Join("\n", validation.Errors));
        var publication = Assert.Single(validation.Entries).Publication;
        Assert.Equal(new DateOnly(2024, 2, 28), publication.ReleaseDate);
        Assert.Equal("1102001.6571", publication.CatalogNumber);
        Assert.Equal("Sub", publication.Subtitle);
        Assert.True(validation.Entries[0].Content.PageCount >= 3);
    }

    [Theory]
    [InlineData("""{ "id": "a", "year": 2024, "file": "a.pdf" }""", "title", "required")]
    [InlineData("""{ "id": "a", "title": "  ", "year": 2024, "file": "a.pdf" }""", "title", "blank")]
    [InlineData("""{ "id": "a", "title": "T", "year": 1850, "file": "a.pdf" }""", "year", "between 1900 and 2100")]
    [InlineData("""{ "id": "a", "title": "T", "year": "2024", "file": "a.pdf" }""", "year", "whole number")]
    [InlineData("""{ "id": "a", "title": "T", "file": "a.pdf" }""", "year", "required")]
    [InlineData("""{ "id": "a b", "title": "T", "year": 2024, "file": "a.pdf" }""", "id", "letters, digits")]
    [InlineData("""{ "title": "T", "year": 2024, "file": "a.pdf" }""", "id", "required")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "catalogNumber": "1102001-6571", "file": "a.pdf" }""", "catalogNumber", "1102001.6571010")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "catalogNumber": "1102001.657", "file": "a.pdf" }""", "catalogNumber", "region code")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "language": "jv", "file": "a.pdf" }""", "language", "\"id\" or \"en\"")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "releaseDate": "28/02/2024", "file": "a.pdf" }""", "releaseDate", "yyyy-MM-dd")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "subjects": "x", "file": "a.pdf" }""", "subjects", "array")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "file": "missing.pdf" }""", "file", "does not exist")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "file": "notes.txt" }""", "file", "not a PDF")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "file": "fake.pdf" }""", "file", "not a PDF")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "file": "damaged.pdf" }""", "file", "damaged")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "file": "locked.pdf" }""", "file", "encrypted")]
    [InlineData("""{ "id": "a", "title": "T", "year": 2024, "file": "/etc/a.pdf" }""", "file", "relative")]
    public void Each_bad_field_is_reported_with_entry_number_id_field_and_reason(string badEntry, string field, string reason)
    {
        // Arrange
        CatalogFiles.ValidPdf(folder.Combine("a.pdf"));
        CatalogFiles.ValidPdf(folder.Combine("ok.pdf"));
        File.WriteAllText(folder.Combine("notes.txt"), "x");
        CatalogFiles.NotPdf(folder.Combine("fake.pdf"));
        CatalogFiles.DamagedPdf(folder.Combine("damaged.pdf"));
        CatalogFiles.EncryptedPdf(folder.Combine("locked.pdf"));
        var path = CatalogFiles.Manifest(folder.Path, CatalogFiles.Entry("ok"), badEntry);

        // Act
        var validation = ManifestValidator.Validate(path);

        // Assert
        var error = Assert.Single(validation.Errors);
        Assert.Equal(1, error.Index);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("entry #2 (id ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{field}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_names_the_first_entry_using_it()
    {
        // Arrange
        CatalogFiles.ValidPdf(folder.Combine("a.pdf"));
        var path = CatalogFiles.Manifest(folder.Path, CatalogFiles.Entry("a"), CatalogFiles.Entry("b", file: "a.pdf"), CatalogFiles.Entry("A", file: "a.pdf"));

        // Act
        var validation = ManifestValidator.Validate(path);

        // Assert
        var error = Assert.Single(validation.Errors);
        Assert.Equal("entry #3 (id \"A\"): id: duplicate: already used by entry #1", error.ToString());
    }

    [Theory]
    [InlineData("{ \"id\": \"a\" }", "JSON array")]
    [InlineData("[ { \"id\": ", "not valid JSON")]
    [InlineData("[]", "no publications")]
    public void A_malformed_manifest_gives_one_manifest_level_error(string json, string reason)
    {
        // Arrange
        var path = folder.Combine("manifest.json");
        File.WriteAllText(path, json);

        // Act
        var validation = ManifestValidator.Validate(path);

        // Assert
        var error = Assert.Single(validation.Errors);
        Assert.Equal(-1, error.Index);
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_manifest_file_is_reported_not_thrown()
    {
        // Act
        var result = ManifestReader.ReadFile(folder.Combine("nope.json"));

        // Assert
        Assert.Contains("cannot read", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }
}
