import Storage

/// The vintages of a bulk export series (UNODC GLOTIP): which export a file is, and whether it
/// may be loaded.
///
/// A newer export is a new vintage: its figures revise the stored ones, and figures it no longer
/// holds are kept and marked (their `series_figures.last_vintage` stays behind). An export older
/// than the latest vintage is refused: loading it would make old values look current. The file
/// of a vintage already loaded changes nothing.
struct SeriesVintage {
    enum Decision: Equatable {
        /// A newer export: it becomes vintage `number` once ``create(source:released:sha256:batch:)`` records it.
        case new(number: Int)
        /// The file is the latest vintage, loaded again: figures are compared, nothing moves.
        case reload(id: Int64, number: Int)
        /// The file is an older vintage already loaded: nothing to do.
        case superseded(number: Int, latest: Int, figures: Int)
    }

    let db: Database
    let series: String

    /// Decides what the export with `sha256`, released on `released` (YYYY-MM-DD), is; an export
    /// older than the latest vintage is a failure, with the message to show.
    func decide(sha256: String, released: String) throws -> Result<Decision, Vocabulary.Failure> {
        let vintages = try db.rows(
            "SELECT id, released, sha256, figures FROM series_vintages WHERE series = ? ORDER BY id", [series])
        if let index = vintages.firstIndex(where: { $0.string("sha256") == sha256 }) {
            let id = vintages[index].int("id") ?? 0
            if index == vintages.count - 1 { return .success(.reload(id: id, number: index + 1)) }
            return .success(.superseded(number: index + 1, latest: vintages.count,
                                        figures: Int(vintages[index].int("figures") ?? 0)))
        }
        if let latestDate = vintages.last?.string("released"), released < latestDate {
            // Why the way out is a new database: the series' vintages are numbered in release order, and
            // the figures an older export alone holds would be marked by the newer release already loaded.
            return .failure(Vocabulary.Failure(message: "this export is dated \(released), older than vintage \(vintages.count) of \(series) (exported \(latestDate)) already loaded; expected an export no older than the latest vintage: an earlier release cannot be added to a database that holds a later one. To hold both, build a new database and load every file again in one command, which loads GLOTIP exports oldest first: tipdb init --db new.sqlite && tipdb ingest --db new.sqlite OLDER.csv NEWER.csv (and your other files)"))
        }
        return .success(.new(number: vintages.count + 1))
    }

    /// The figures of the series that its latest vintage no longer holds (before the export being
    /// loaded becomes a vintage), less those whose row a load of that vintage refused (`$.refused`:
    /// the vintage held them): the figures a newer export that holds them publishes again.
    ///
    /// Why: such a figure, written again with its earlier value, was counted among the unchanged
    /// figures that "now cite this export", and the note never said it was back.
    func notInLatest() throws -> Set<String> {
        Set(try db.rows(
            """
            SELECT sf.figure FROM series_figures sf
            JOIN series_vintages latest ON latest.id = (SELECT max(v.id) FROM series_vintages v WHERE v.series = sf.series)
            WHERE sf.series = ?1 AND sf.last_vintage < latest.id
              AND NOT EXISTS (
                  SELECT 1 FROM ingest_batches b, json_each(b.options, '$.refused') j
                  WHERE b.id >= latest.batch_id AND b.format = 'glotip' AND json_valid(b.options)
                    AND b.options ->> '$.series' = sf.series AND j.value = sf.figure)
            """, [series]).compactMap { $0.string("figure") })
    }

    /// Records a new vintage and returns its id.
    func create(source: String, released: String, sha256: String, batch: Int64) throws -> Int64 {
        try db.execute(
            "INSERT INTO series_vintages (series, source, released, sha256, batch_id) VALUES (?, ?, ?, ?, ?)",
            [series, source, released, sha256, batch])
        return db.lastInsertRowID
    }

    /// Records that `figure` is in vintage `id` (its first vintage when it is new to the series).
    func record(figure: String, vintage id: Int64) throws {
        try db.execute(
            """
            INSERT INTO series_figures (figure, series, first_vintage, last_vintage) VALUES (?1, ?2, ?3, ?3)
            ON CONFLICT (figure) DO UPDATE SET last_vintage = excluded.last_vintage
            """, [figure, series, id])
    }

    /// What vintage `id` dropped of the vintage before it: that vintage's number, export date and
    /// figure count, and how many of those figures `id` does not hold; nil for a first vintage.
    /// A figure whose row `id` holds but refused (`refused`, `--on-error skip`) is not dropped.
    ///
    /// Why: a filtered or truncated export is loaded as a release like any other, and would
    /// silently retire every figure it lacks; the loader warns when it lacks most of them.
    func dropped(since id: Int64, refused: Set<String> = []) throws -> (number: Int, released: String, of: Int, lacking: Int)? {
        let earlier = try db.rows(
            "SELECT id, released, figures FROM series_vintages WHERE series = ? AND id < ? ORDER BY id", [series, id])
        guard let previous = earlier.last, let previousID = previous.int("id") else { return nil }
        let lacking = try db.rows(
            "SELECT figure FROM series_figures WHERE series = ? AND last_vintage = ?", [series, previousID]
        ).compactMap { $0.string("figure") }.filter { !refused.contains($0) }.count
        return (earlier.count, previous.string("released") ?? "", Int(previous.int("figures") ?? 0), lacking)
    }

    /// Sets the vintage's figure count and returns the figures of earlier vintages it no longer
    /// holds, in key order, and those it holds rows of but refused (`refused`), in key order, which
    /// are not among them.
    ///
    /// Why `refused` apart: under `--on-error skip` a row refused for its value is still in the
    /// export; its figure keeps the earlier vintage's values, but was not dropped by UNODC, and
    /// calling it "no longer published" (or offering to retract it as such) would be false.
    func finish(vintage id: Int64, figures: Int, refused: Set<String> = []) throws -> (absent: [String], refused: [String]) {
        try db.execute("UPDATE series_vintages SET figures = ? WHERE id = ?", [figures, id])
        let earlier = try db.rows(
            "SELECT figure FROM series_figures WHERE series = ? AND last_vintage < ? ORDER BY figure", [series, id]
        ).compactMap { $0.string("figure") }
        return (earlier.filter { !refused.contains($0) }, earlier.filter { refused.contains($0) })
    }
}
