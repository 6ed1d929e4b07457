import Foundation
import Storage

/// The versions of one named case-level dataset in the `datasets` table.
struct DatasetVersions {
    let db: Database
    let name: String

    /// The version already loaded from a file with this SHA-256, if any: its number, the rows it
    /// holds, the rows of the file that were refused, the source it is cited by and when it was loaded.
    func version(sha256: String) throws -> LoadedVersion? {
        guard let row = try db.rows("SELECT version, rows, rows_rejected, source, loaded_at FROM datasets WHERE name = ? AND sha256 = ?", [name, sha256]).first
        else { return nil }
        return (Int(row.int("version") ?? 0), Int(row.int("rows") ?? 0), Int(row.int("rows_rejected") ?? 0), row.string("source") ?? "",
                row.string("loaded_at") ?? "")
    }

    typealias LoadedVersion = (version: Int, rows: Int, rejected: Int, source: String, loadedAt: String)

    /// Whether a version was loaded from a file of `size` bytes (only such a file can be the same).
    func hasVersion(ofSize size: Int) throws -> Bool {
        try db.integer(
            "SELECT count(*) FROM datasets d JOIN ingest_batches b ON b.id = d.batch_id WHERE d.name = ? AND b.size = ?",
            [name, size]) > 0
    }

    /// The variant of the versions already loaded under the name, if any.
    func variantInUse() throws -> String? {
        try db.scalar("SELECT variant FROM datasets WHERE name = ? ORDER BY version DESC LIMIT 1", [name])?.textValue
    }

    func nextVersion() throws -> Int {
        Int(try db.integer("SELECT coalesce(max(version), 0) + 1 FROM datasets WHERE name = ?", [name]))
    }

    /// Records a new version (with no rows yet) and returns its id.
    func create(
        version: Int, variant: CTDCVariant, file: String, sha256: String, source: String,
        aliases: [(written: String, standard: String)], personalData: Bool, batch: Int64, at now: String
    ) throws -> Int64 {
        var aliasJSON: String?
        if !aliases.isEmpty {
            let object = Dictionary(aliases.map { ($0.written, $0.standard) }, uniquingKeysWith: { first, _ in first })
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            aliasJSON = String(decoding: data, as: UTF8.self)
        }
        try db.execute(
            """
            INSERT INTO datasets (name, version, variant, file, sha256, rows, source, column_aliases, personal_data,
                batch_id, loaded_at)
            VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)
            """,
            [name, version, variant.rawValue, file, sha256, source, aliasJSON, personalData, batch, now])
        return db.lastInsertRowID
    }

    /// Records how many rows the version holds, how many of the file's rows were refused
    /// (`--on-error skip`), and the digest of its file.
    func finish(_ id: Int64, rows: Int, rejected: Int, sha256: String) throws {
        try db.execute("UPDATE datasets SET rows = ?, rows_rejected = ?, sha256 = ? WHERE id = ?", [rows, rejected, sha256, id])
    }
}
