namespace Bot.Catalog.Bps;

/// <summary>The two WebAPI list models the catalogue reads.</summary>
public enum BpsModel
{
    /// <summary><c>model/publication</c>.</summary>
    Publication,

    /// <summary><c>model/pressrelease</c> (Berita Resmi Statistik).</summary>
    PressRelease,
}
