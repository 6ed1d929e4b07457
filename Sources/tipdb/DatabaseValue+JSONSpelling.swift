import Storage

extension DatabaseValue {
    /// This value as `tipdb sql --format json` and `ndjson` write it: an infinite REAL as the
    /// string "Infinity" or "-Infinity" (a NaN as "NaN"), every other value as it is.
    ///
    /// Why: JSON has no infinity, and the JSON writer wrote `null` for one (`SELECT 1e999`),
    /// which reads as SQL NULL, while CSV writes `inf`. These strings are the ones Protocol
    /// Buffers' JSON mapping and JavaScript's `String(Infinity)` use, so a reader can tell them
    /// from NULL; SQLite itself never returns a NaN (it makes one NULL).
    var spelledForJSON: DatabaseValue {
        guard case .real(let value) = self, !value.isFinite else { return self }
        return .text(value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity")
    }
}
