/// What `deferringFigureIndexes` keeps while a bulk load runs: how many figures it has inserted,
/// when to drop the indexes, and what to rebuild.
struct DeferredIndexes {
    /// One dropped index, as `sqlite_schema` held it.
    struct Index {
        let name: String
        let sql: String
    }

    /// Figures to insert before the indexes are dropped.
    let threshold: Int64
    var inserted: Int64 = 0
    /// The indexes dropped, in schema order; nil until the load reaches `threshold`.
    var dropped: [Index]?
    /// Their `sqlite_stat1` rows, when the database was analysed.
    var statistics: [Row] = []
}
