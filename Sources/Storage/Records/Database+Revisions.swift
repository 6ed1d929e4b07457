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
    func keepRevision(of record: RevisedRecord, key: String, previous: String, batch: Int64, at now: String) throws {
        let (revisions, column, records) = record.names
        let insert = "INSERT INTO \(revisions) (\(column), batch_id, revised_at, previous) "  // sql-constant: fixed table names
        let values = "VALUES (?1, ?2, ?3, json_set(?4, '$.batch_id', (SELECT batch_id FROM \(records) WHERE key = ?1)))"  // sql-constant: fixed table name
        try execute(insert + values, [key, batch, now, previous])
    }

    /// A record as a revision's JSON object: snake_case column names, sorted keys.
    static func revisionJSON<Record: Encodable>(_ record: Record) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }
}
