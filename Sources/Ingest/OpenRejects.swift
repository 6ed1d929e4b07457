import Storage

/// The rows a file's latest load refused, which `open_rejects` lists until the file is loaded
/// again, and the note that tells how many of them a new load no longer refuses.
///
/// Why a note: `open_rejects` drops an earlier load's rejects as soon as the file is loaded again,
/// those it refuses again coming back under the new batch. A user who corrected three rows and
/// reloaded the file saw only the rows still refused, if any, and nothing said the others were
/// settled: `note: figures.csv: 2 of the 3 rows batch 5 refused from this file are no longer
/// refused (corrected, or gone from the file); 1 is refused again (open_rejects lists the rows
/// still to fix)`. No note when none is settled: the rows refused again are listed as errors.
///
/// Cost: before the load, one read of `open_rejects` limited to the earlier loads of the file
/// (few: a row per file loaded); after it, only when that found some, one comparison of the two
/// loads' rejects by the `ingest_rejects_by_batch` index.
struct OpenRejects {
    /// The earlier load whose rejects `open_rejects` listed.
    let batch: Int64
    /// How many rows it refused.
    let count: Int

    /// The rejects `open_rejects` lists for the file at `path`, named `name` on the command line,
    /// before a new load of it is recorded; nil when it lists none.
    static func before(loading identity: String?, name: String, db: Database) throws -> OpenRejects? {
        let row = try db.rows(
            "SELECT batch_id, count(*) AS n FROM open_rejects WHERE batch_id IN (SELECT id FROM ingest_batches WHERE "
                + SameFile.condition + ") GROUP BY batch_id ORDER BY batch_id DESC LIMIT 1",
            SameFile.arguments(identity: identity, name: name)
        ).first
        guard let batch = row?.int("batch_id"), let count = row?.int("n"), count > 0 else { return nil }
        return OpenRejects(batch: batch, count: Int(count))
    }

    /// The note for the load `batch` of the same file, once its rows are in, or nil when it
    /// refuses every row the earlier load refused.
    ///
    /// A row is refused again when the new load refused one of the same text (`raw`); a row of a
    /// CTDC case file, kept without its text, when it refused its line for the same reason.
    func note(db: Database, batch new: Int64) throws -> String? {
        let settled = try db.integer(
            """
            SELECT count(*) FROM ingest_rejects p
            WHERE p.batch_id = ?1 AND coalesce(p.raw, p.line || ':' || p.reason) NOT IN (
                SELECT coalesce(n.raw, n.line || ':' || n.reason) FROM ingest_rejects n WHERE n.batch_id = ?2)
            """, [batch, new])
        guard settled > 0 else { return nil }
        return Self.text(settled: Int(settled), of: count, batch: batch)
    }

    /// `the 3 rows batch 5 refused from this file are no longer refused (...)`, or `2 of the 3
    /// rows ...; 1 is refused again (...)`.
    static func text(settled: Int, of count: Int, batch: Int64) -> String {
        let why = "(corrected, or gone from the file)"
        guard settled < count else {
            return count == 1
                ? "the row batch \(batch) refused from this file is no longer refused \(why)"
                : "the \(count) rows batch \(batch) refused from this file are no longer refused \(why)"
        }
        let again = count - settled
        return "\(settled) of the \(count) rows batch \(batch) refused from this file \(settled == 1 ? "is" : "are") no longer refused \(why); "
            + "\(again) \(again == 1 ? "is" : "are") refused again (open_rejects lists the rows still to fix)"
    }
}
