import Storage

/// A derived count whose correction derive would keep, when that correction publishes a number
/// below the minimum cell size.
///
/// Why refused: derive keeps a correction (`Database.keepingCorrections`), and before ingest
/// audited corrections (`DerivedCountCheck`) one could store an exact 4 in a `<11` cell; every
/// later derivation kept it, with a note that told how to replace it but not that it broke
/// disclosure control, and briefs printed it as CTDC's (a privacy review, session 45). A database
/// written by an earlier tipdb may still hold such a correction: derive stops and says how to undo it.
extension CaseDerivation {
    /// Throws `DeriveError.keptSmallCount` when `kept` keeps the value of the count `key` and the
    /// stored number is below the minimum cell size.
    func refuseSmallKept(_ key: String, kept: [KeptCorrection]) throws {
        guard let value = kept.first(where: { $0.field == "value" }),
              let stored = try db.rows("SELECT value, censored FROM figures WHERE key = ?", [key]).first,
              stored.int("censored") != 1, let number = stored.double("value"), number < Double(options.minCell) else { return }
        throw DeriveError.keptSmallCount(figure: key, value: FigureBuilder.format(number), batch: value.batch, minCell: options.minCell)
    }
}
