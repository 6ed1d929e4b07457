/// The figures `tipdb check` calls errors on reading them with their measure or with the figure
/// they cite, rather than the row alone (`FigureRules`): `method-contradicts-measure`, a count
/// of detected victims stored under a prevalence-estimate measure, and `repeat-before-original`,
/// a figure citing one first published after it.
///
/// Why a wrapper over check's own queries (`Audit.detectedUnderEstimateMeasure`,
/// `Audit.repeatsBeforeOriginal`) and not a second rule: a brief passes over for its key figures
/// what check calls an error, and a copy of the rule would drift from check's (the repeat test
/// weighs bulk-export releases and former sources). Those queries read the whole table; for a
/// brief they are cheap beside its own reading (an indexed join on `cites`, a scan for one method).
public enum FigureContextErrors {
    /// What check's two errors say of the figures among `keys`, by key.
    ///
    /// - Parameters:
    ///   - db: the database check reads.
    ///   - keys: the figures asked about (a brief's scope); rows naming other figures are left out.
    /// - Returns: each named figure's errors, `detail` being what check prints after its key.
    /// - Throws: `StorageError` when the database cannot be read.
    public static func errors(db: Database, keys: Set<String>) throws -> [String: [FigureError]] {
        let audit = Audit(db: db)
        var byKey: [String: [FigureError]] = [:]
        func collect(_ check: String, _ message: String) -> (String) -> Void {
            { row in
                guard let (key, detail) = split(row, keys: keys) else { return }
                byKey[key, default: []].append(FigureError(key: key, check: check, detail: detail, message: message))
            }
        }
        // The repeats as records: their keys are read from them, not back out of check's row text.
        try audit.repeatsBeforeOriginal(among: .all) { found in
            guard keys.contains(found.figure) else { return }
            let detail = "(\(found.source), published \(found.published)) cites \(found.cited) (\(found.citedSource), published \(found.citedPublished))"
            byKey[found.figure, default: []].append(
                FigureError(key: found.figure, check: "repeat-before-original", detail: detail, message: Audit.repeatBeforeOriginalMessage))
        }
        try audit.detectedUnderEstimateMeasure(collect("method-contradicts-measure", Audit.methodContradictsMeasureMessage))
        return byKey
    }

    /// Check's `method-contradicts-measure` row, `KEY (detail)`, as the key and the detail without
    /// its parentheses. A key may hold spaces, so the key is the first prefix before a " (" that
    /// names a figure asked about.
    private static func split(_ row: String, keys: Set<String>) -> (key: String, detail: String)? {
        var search = row.startIndex
        while let open = row.range(of: " (", range: search..<row.endIndex) {
            let key = String(row[..<open.lowerBound])
            if keys.contains(key) {
                var detail = row[open.upperBound...]
                if detail.hasSuffix(")"), !detail.dropLast().contains(")") {
                    detail = detail.dropLast()
                } else {
                    detail = row[row.index(after: open.lowerBound)...]
                }
                return (key, String(detail))
            }
            search = open.upperBound
        }
        return nil
    }
}
