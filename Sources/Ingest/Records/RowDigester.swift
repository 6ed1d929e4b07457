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
/// Used by one thread at a time, like `KeyMemory`: the one writing the database.
final class RowDigester: @unchecked Sendable {
    /// The field names of the last record, as written; a CSV file's rows all share them.
    private var names: [String] = []
    /// The positions of the fields in order of their lower-cased names, which is what `RowCells`
    /// sorts by, and each lower-cased name's hash: found once per header instead of once per row.
    ///
    /// Why the hash: combining each name's text for every cell was a third of the digest's time
    /// (`callgrind`, session 63). Two rows are digested alike exactly when they give the same
    /// values under the same names, as before: a name's hash is the same for every row of the
    /// run, and two names collide with a chance of 2⁻⁶⁴, as any two rows do.
    private var order: [Int] = []
    private var nameHashes: [Int] = []

    /// The digest of `record`'s cells: each field with a value (trimmed), by lower-case name in
    /// name order, then a CSL-JSON item's members tipdb does not model, as `RowCells` has them.
    func digest(_ record: InputRecord) -> Int64 {
        let fields = record.fields
        if !sameNames(fields) {
            names = fields.map(\.name)
            let lowered = names.map { $0.lowercased() }
            // Stable, as `RowCells`' sort is for the one case it matters (two names equal but for case).
            order = lowered.indices.sorted { (lowered[$0], $0) < (lowered[$1], $1) }
            nameHashes = lowered.map(\.hashValue)
        }
        var hasher = Hasher()
        for index in order {
            guard let value = fields[index].value?.trimmingWhitespace(), !value.isEmpty else { continue }
            hasher.combine(nameHashes[index])
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
