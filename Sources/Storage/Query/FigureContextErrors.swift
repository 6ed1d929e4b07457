/// The figures `tipdb check` calls errors on reading them with their measure or with the figure
/// they cite, rather than the row alone (`FigureRules`): `method-contradicts-measure`, a count
/// of detected victims stored under a prevalence-estimate measure, `form-contradicts-measure`, a
/// figure of forced labour restricted to forced marriage, and `repeat-before-original`,
/// a figure citing one first published after it; and check's warning `estimate-under-count-measure`,
/// an estimate stored under a measure of detected (or criminal-justice) cases.
///
/// Why the warning too: such a row is an estimate given a count's definition, or a count whose
/// method is wrong; either way it cannot be right as stored, as the brief's key-figure caption
/// says. A newspaper's "estimated" 5,000 filed under detected victims was taken as Nigeria's key
/// figure over NAPTIP's detected 3,100 (review of session 36). It is a warning in check because
/// databases loaded before tipdb took a missing method from the measure hold sound counts marked
/// `estimated`; a brief still passes such a row over only when there is another.
///
/// Why a wrapper over check's own queries (`Audit.detectedUnderEstimateMeasure`,
/// `Audit.repeatsBeforeOriginal`) and not a second rule: a brief passes over for its key figures
/// what check calls an error, and a copy of the rule would drift from check's (the repeat test
/// weighs bulk-export releases and former sources). Those queries read the whole table; for a
/// brief they are cheap beside its own reading (an indexed join on `cites`, a scan for one method).
public enum FigureContextErrors {
    /// What check's two errors and its `estimate-under-count-measure` warning say of the figures
    /// among `keys`, by key.
    ///
    /// - Parameters:
    ///   - db: the database check reads.
    ///   - keys: the figures asked about (a brief's scope); rows naming other figures are left out.
    /// - Returns: each named figure's errors, `detail` being what check prints after its key.
    /// - Throws: `StorageError` when the database cannot be read.
    public static func errors(db: Database, keys: Set<String>) throws -> [String: [FigureError]] {
        let audit = Audit(db: db)
        var byKey: [String: [FigureError]] = [:]
        // Both as records: their keys are read from them, not back out of check's row text.
        try audit.repeatsBeforeOriginal(among: .all) { found in
            guard keys.contains(found.figure) else { return }
            let detail = "(\(found.source), published \(found.published)) cites \(found.cited) (\(found.citedSource), published \(found.citedPublished))"
            byKey[found.figure, default: []].append(
                FigureError(key: found.figure, check: "repeat-before-original", detail: detail, message: Audit.repeatBeforeOriginalMessage))
        }
        try audit.detectedUnderEstimateMeasure(keyed: { key, detail in
            guard keys.contains(key) else { return }
            byKey[key, default: []].append(
                FigureError(key: key, check: "method-contradicts-measure", detail: detail, message: Audit.methodContradictsMeasureMessage))
        })
        try audit.formsContradictingMeasures(keyed: { key, detail in
            guard keys.contains(key) else { return }
            byKey[key, default: []].append(
                FigureError(key: key, check: "form-contradicts-measure", detail: detail, message: Audit.formContradictsMeasureMessage))
        })
        try audit.estimateUnderCountMeasure(batch: nil) { text, found in
            for key in found where keys.contains(key) {
                // Check's row is "KEY (DETAIL)": the key is known, so the detail is what follows it.
                let detail = text.hasPrefix(key + " (") && text.hasSuffix(")") ? String(text.dropFirst(key.count + 2).dropLast()) : nil
                byKey[key, default: []].append(
                    FigureError(key: key, check: "estimate-under-count-measure", detail: detail, message: Audit.estimateUnderCountMeasureMessage))
            }
        }
        return byKey
    }
}
