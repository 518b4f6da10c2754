using Bot.Host.Cli;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Catalog;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly TempDirectory source = new();
    private readonly TempDirectory dataDir = new();

    public void Dispose()
    {
        source.Dispose();
        dataDir.Dispose();
    }

    [Fact]
    public async Task Importing_a_valid_manifest_prints_a_summary_and_exits_0()
    {
        // Arrange
        CatalogFiles.ValidPdf(source.Combine("a.pdf"));
        var manifest = CatalogFiles.Manifest(source.Path, CatalogFiles.Entry("a"));

        // Act
        var (code, output, error) = await Run("import", manifest);

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("Imported 1 publication(s): 1 added, 0 updated", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public async Task Importing_an_invalid_manifest_prints_one_line_per_problem_exits_1_and_imports_nothing()
    {
        // Arrange
        CatalogFiles.ValidPdf(source.Combine("a.pdf"));
        var manifest = CatalogFiles.Manifest(source.Path, CatalogFiles.Entry("a"), CatalogFiles.Entry("b c", year: 1800), CatalogFiles.Entry("d", file: "none.pdf"));

        // Act
        var (code, _, error) = await Run("import", manifest);
        var (_, list, _) = await Run("list");

        // Assert
        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("entry #2 (id \"b c\"): id:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("entry #2 (id \"b c\"): year:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("entry #3 (id \"d\"): file:", StringComparison.Ordinal));
        Assert.Contains("nothing was imported", error, StringComparison.Ordinal);
        Assert.Contains("0 publication(s).", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_and_remove_work_on_the_configured_data_folder()
    {
        // Arrange
        CatalogFiles.ValidPdf(source.Combine("a.pdf"));
        await Run("import", CatalogFiles.Manifest(source.Path, CatalogFiles.Entry("a", "Statistik Uji")));

        // Act
        var (listCode, list, _) = await Run("list");
        var (removeCode, _, _) = await Run("remove", "a");
        var (missingCode, _, missingError) = await Run("remove", "a");

        // Assert
        Assert.Equal(0, listCode);
        Assert.Contains("a\t2024\t1102001.6571\tStatistik Uji", list, StringComparison.Ordinal);
        Assert.Equal(0, removeCode);
        Assert.Equal(1, missingCode);
        Assert.Contains("No publication with id \"a\"", missingError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("remove")]
    [InlineData("list", "extra")]
    public async Task Unknown_verbs_or_missing_arguments_print_usage_and_exit_2(params string[] args)
    {
        // Act
        var (code, output, error) = await Run(args);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("usage: catalog import", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Configuration_switches_among_the_arguments_are_not_taken_as_verbs()
    {
        // Arrange
        CatalogFiles.ValidPdf(source.Combine("a.pdf"));
        var manifest = CatalogFiles.Manifest(source.Path, CatalogFiles.Entry("a"));

        // Act
        var (code, _, _) = await Run("import", manifest, "--DataDir", dataDir.Path);

        // Assert
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task A_DataDir_argument_after_an_absolute_manifest_path_is_honoured()
    {
        // Arrange: the host's command-line configuration misreads "/abs/path --DataDir x", so the command
        // must read the switch itself. The configuration here points elsewhere on purpose.
        using var other = new TempDirectory();
        CatalogFiles.ValidPdf(source.Combine("a.pdf"));
        var manifest = CatalogFiles.Manifest(source.Path, CatalogFiles.Entry("a"));
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(["import", manifest, "--DataDir", other.Path])
            .Build();

        // Act
        var code = await CatalogCommand.RunAsync(["import", manifest, "--DataDir", other.Path], configuration, TextWriter.Null, TextWriter.Null, CancellationToken.None);

        // Assert
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(other.Path, "catalog", "files", "a.pdf")));
    }

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataDir"] = dataDir.Path })
            .Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CatalogCommand.RunAsync(args, configuration, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
