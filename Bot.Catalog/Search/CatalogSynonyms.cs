namespace Bot.Catalog.Search;

/// <summary>
/// Groups of equivalent phrases (acronyms, long forms, English words). Expansion happens at query time
/// in <see cref="CatalogQueryBuilder"/>, in both directions: any phrase of a group matches the others.
/// Query-time expansion keeps the index small and lets the list change without re-indexing.
/// </summary>
public static class CatalogSynonyms
{
    /// <summary>Each inner array is one group of equivalent phrases (lower case).</summary>
    public static IReadOnlyList<string[]> Groups { get; } =
    [
        ["ipm", "indeks pembangunan manusia", "human development index", "hdi"],
        ["pdrb", "produk domestik regional bruto", "gross regional domestic product", "grdp"],
        ["ihk", "indeks harga konsumen", "consumer price index", "cpi"],
        ["inflasi", "inflation", "ihk"],
        ["tpt", "tingkat pengangguran terbuka", "open unemployment rate"],
        ["brs", "berita resmi statistik", "official statistics news"],
        ["kda", "kecamatan dalam angka"],
        ["dda", "daerah dalam angka"],
        ["sp2020", "sensus penduduk 2020", "population census 2020"],
        ["sp2010", "sensus penduduk 2010"],
        ["sensus", "census"],
        ["sakernas", "survei angkatan kerja nasional", "keadaan angkatan kerja", "labour force survey"],
        ["susenas", "survei sosial ekonomi nasional", "kesejahteraan rakyat"],
        ["kaltara", "kalimantan utara", "north kalimantan"],
        ["ntp", "nilai tukar petani", "farmer terms of trade"],
        ["st2023", "sensus pertanian 2023", "agricultural census 2023"],
        ["se2016", "sensus ekonomi 2016"],
        ["tpak", "tingkat partisipasi angkatan kerja", "labour force participation rate"],
        ["ikk", "indeks kemahalan konstruksi"],
        ["umk", "usaha mikro kecil", "umkm"],
        ["poverty", "kemiskinan", "miskin", "penduduk miskin"],
        ["population", "penduduk", "kependudukan", "demografi", "demography"],
        ["unemployment", "pengangguran"],
        ["employment", "ketenagakerjaan", "tenaga kerja", "angkatan kerja", "labour", "labor"],
        ["fisheries", "fishery", "perikanan", "ikan", "fish"],
        ["agriculture", "pertanian", "tani"],
        ["economy", "economic", "ekonomi", "perekonomian"],
        ["education", "pendidikan", "sekolah"],
        ["health", "kesehatan"],
        ["housing", "perumahan"],
        ["welfare", "kesejahteraan"],
        ["price", "prices", "harga"],
        ["trade", "perdagangan"],
        ["tourism", "pariwisata", "wisata", "hotel"],
        ["transport", "transportation", "transportasi", "angkutan"],
        ["statistics", "statistik"],
        ["district", "subdistrict", "kecamatan"],
        ["city", "kota"],
        ["regency", "kabupaten"],
        ["province", "provinsi"],
        ["in figures", "dalam angka"],
        ["expenditure", "pengeluaran", "konsumsi"],
        ["industry", "industri", "lapangan usaha"],
        ["growth", "pertumbuhan"],
        ["gender", "perempuan", "women"],
        ["village", "kelurahan", "desa"],
        ["gini", "ketimpangan", "inequality", "rasio gini"],
    ];
}
