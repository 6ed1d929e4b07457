import Foundation
import Testing

/// Every column of `sources` in the working database and in a fresh one loaded from an export,
/// each printed by `tipdb sql`, for the tests that promise an export loads back unchanged.
///
/// Why a helper: four round-trip tests made the fresh database, loaded the export and queried
/// both the same way; a change to how that is checked (the columns, the order) belongs in one place.
struct SourcesReload {
    /// The columns compared: every column of `sources` that an export carries.
    static let columns = "key, kind, title, authors, publisher, container, published, url, doi, accessed, license, notes, csl, extra"

    /// The working database's rows, then the fresh database's, in `format`.
    let before: String
    let after: String

    /// Creates `fresh.sqlite` in `dir`, loads `export` into it (expecting it to load) and reads
    /// both databases' sources ordered by key.
    init(export: String, format: String = "json", in dir: URL) throws {
        #expect(try Tipdb.run(["init", "--db", "fresh.sqlite"], in: dir).status == 0)
        let reload = try Tipdb.run(["ingest", "--quiet", "--db", "fresh.sqlite", export], in: dir)
        #expect(reload.status == 0, "\(reload.stderr)")
        let query = "SELECT \(Self.columns) FROM sources ORDER BY key"
        before = try Tipdb.run(["sql", query, "--format", format], in: dir).stdout
        after = try Tipdb.run(["sql", "--db", "fresh.sqlite", query, "--format", format], in: dir).stdout
    }
}
