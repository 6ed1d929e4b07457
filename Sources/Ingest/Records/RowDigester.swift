/// A 64-bit digest of the cells a record gives (`RowCells`), which `KeyMemory` keeps for each
/// key in place of the cells themselves.
///
/// Why: keeping every row's cells as text, in case a later row of the command gives its key
/// again, cost a fifth of a figures file's load (1,000,000 rows: building the texts, and 240 MB
/// written to the temporary database). Two rows with the same cells have the same digest; two
/// rows that differ have the same digest with a chance of 2⁻⁶⁴ (Swift's `Hasher`, SipHash with a
/// key drawn at random for each run, so no file can be made to collide on purpose). Only when a
/// key comes again with another digest is the first row read again, to say what differs
/// (`FirstRowReader`).
///
/// Used by one reading thread at a time, like `KeyMemory`.
final class RowDigester: @unchecked Sendable {
    /// The field names of the last record, as written; a CSV file's rows all share them.
    private var names: [String] = []
    /// `names` lower-cased, and the positions of the fields in name order: what `RowCells`
    /// sorts by, found once per header instead of once per row.
    private var lowered: [String] = []
    private var order: [Int] = []

    /// The digest of `record`'s cells: each field with a value (trimmed), by lower-case name in
    /// name order, then a CSL-JSON item's members tipdb does not model, as `RowCells` has them.
    func digest(_ record: InputRecord) -> Int64 {
        let fields = record.fields
        if !sameNames(fields) {
            names = fields.map(\.name)
            lowered = names.map { $0.lowercased() }
            // Stable, as `RowCells`' sort is for the one case it matters (two names equal but for case).
            order = lowered.indices.sorted { (lowered[$0], $0) < (lowered[$1], $1) }
        }
        var hasher = Hasher()
        for index in order {
            guard let value = fields[index].value?.trimmingWhitespace(), !value.isEmpty else { continue }
            hasher.combine(lowered[index])
            hasher.combine(value)
        }
        if let csl = record.cslExtra {
            hasher.combine("csl")
            hasher.combine(csl)
        }
        return Int64(hasher.finalize())
    }

    private func sameNames(_ fields: [InputField]) -> Bool {
        guard fields.count == names.count else { return false }
        for (field, name) in zip(fields, names) where field.name != name { return false }
        return true
    }
}
