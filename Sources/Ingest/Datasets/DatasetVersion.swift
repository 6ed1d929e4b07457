import Storage

/// One version of a case-level dataset, as the `datasets` table records it.
struct DatasetVersion {
    let id: Int64
    let name: String
    let version: Int
    let variant: String
    let sha256: String
    let rows: Int
    /// Rows of the file refused when it was loaded with `--on-error skip`: not in `cases`.
    let rowsRejected: Int
    let source: String

    /// The version `version` of dataset `name` (the latest when nil).
    static func find(_ name: String, version: Int?, in db: Database) throws(DeriveError) -> DatasetVersion {
        do {
            let rows = try db.rows(
                "SELECT id, name, version, variant, sha256, rows, rows_rejected, source FROM datasets WHERE name = ? ORDER BY version", [name])
            guard let latest = rows.last else {
                let known = try db.rows("SELECT DISTINCT name FROM datasets ORDER BY name").compactMap { $0.string("name") }
                throw DeriveError.unknownDataset(name, known: known)
            }
            let row = version.flatMap { wanted in rows.first { $0.int("version") == Int64(wanted) } } ?? latest
            if let version, row.int("version") != Int64(version) {
                throw DeriveError.unknownVersion(name, version: version, latest: Int(latest.int("version") ?? 0))
            }
            return DatasetVersion(
                id: row.int("id") ?? 0, name: name, version: Int(row.int("version") ?? 0), variant: row.string("variant") ?? "",
                sha256: row.string("sha256") ?? "", rows: Int(row.int("rows") ?? 0),
                rowsRejected: Int(row.int("rows_rejected") ?? 0), source: row.string("source") ?? "")
        } catch let error as DeriveError {
            throw error
        } catch {
            throw DeriveError.unknownDataset(name, known: [])
        }
    }

    /// What part of its file the version holds, for the notes of what is derived from it: nil
    /// when every row loaded, else `4,000 of the file's 4,006 rows, the 6 refused at ingest not
    /// counted`. When the version holds fewer people than the minimum cell size, its total is a
    /// small count (derive shows it as `<11`): neither the rows held nor the file's total is given,
    /// since the two give it away.
    ///
    /// Why the refused rows are given exactly, even below the minimum, when the version's total is
    /// published: the file's total (anyone holding the cited file counts its rows) less that total is
    /// their number, so "fewer than 11 refused" hid nothing while `datasets.rows_rejected` and
    /// `ingest_batches.rows_rejected` held it; and it counts malformed rows, not people with any
    /// characteristic a table breaks down by, so it narrows no small count.
    ///
    /// - Parameters:
    ///   - former: numbers as an earlier tipdb wrote them, ungrouped (`4000`), for notes stored by
    ///     it (`FigureWriter.write(formerNotes:)`).
    ///   - hidingRefused: as tipdb wrote them before it gave the refused rows exactly: `72 of the
    ///     file's rows, fewer than 11 refused at ingest not counted`, for notes stored by it.
    func coverage(minCell: Int, former: Bool = false, hidingRefused: Bool = false) -> String? {
        guard rowsRejected > 0 else { return nil }
        let number = { (value: Int) in former ? String(value) : NumberText.decimal(Double(value), digits: 0) }
        let total = rows + rowsRejected
        guard rows >= minCell else {
            return "\(total < minCell ? "part" : "fewer than \(number(minCell))") of the file's \(number(total)) rows, the others refused at ingest not counted"
        }
        if hidingRefused, rowsRejected < minCell {
            return "\(number(rows)) of the file's rows, fewer than \(number(minCell)) refused at ingest not counted"
        }
        return "\(number(rows)) of the file's \(number(total)) rows, the \(number(rowsRejected)) refused at ingest not counted"
    }

    /// The file's title in CTDC's words.
    var title: String {
        variant == CTDCVariant.synthetic.rawValue ? "CTDC Global Synthetic Dataset" : "CTDC Global Dataset"
    }
}
