import Foundation

extension Database {
    /// A kind of record whose previous values are kept when an ingest changes it.
    enum RevisedRecord {
        case figure, source, study

        /// The revision table, its key column and the table of the records themselves.
        var names: (revisions: String, column: String, records: String) {
            switch self {
            case .figure: ("figure_revisions", "figure", "figures")
            case .source: ("source_revisions", "source", "sources")
            case .study: ("study_revisions", "study", "studies")
            }
        }
    }

    /// Keeps the values a record had before `batch` changes it: `previous` (a JSON object of its
    /// columns) gains the `batch_id` the stored row points to, the batch that wrote those values.
    ///
    /// Call it before the row is rewritten, while it still points to its old batch.
    ///
    /// A figure's revision also says its `kind`: `correction` when `batch` was loaded with
    /// `tipdb ingest --correction` (its options hold `"correction": true`), else `revision`. Read
    /// from the batch's own row, so every writer of figures (files, bulk exports, derivations)
    /// marks its revisions alike without passing the option down.
    func keepRevision(of record: RevisedRecord, key: String, previous: String, batch: Int64, at now: String) throws {
        guard record == .figure else {
            let (revisions, column, records) = record.names
            let insert = "INSERT INTO \(revisions) (\(column), batch_id, revised_at, previous) "  // sql-constant: fixed table names
            let values = "VALUES (?1, ?2, ?3, json_set(?4, '$.batch_id', (SELECT batch_id FROM \(records) WHERE key = ?1)))"  // sql-constant: fixed table name
            try execute(insert + values, [key, batch, now, previous])
            return
        }
        try execute(
            """
            INSERT INTO figure_revisions (figure, batch_id, revised_at, previous, kind)
            VALUES (?1, ?2, ?3, json_set(?4, '$.batch_id', (SELECT batch_id FROM figures WHERE key = ?1)),
                CASE WHEN (SELECT CASE WHEN json_valid(options) THEN options ->> '$.correction' END FROM ingest_batches WHERE id = ?2) THEN 'correction' ELSE 'revision' END)
            """, [key, batch, now, previous])
    }

    /// A record as a revision's JSON object: snake_case column names, sorted keys.
    static func revisionJSON<Record: Encodable>(_ record: Record) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }
}
