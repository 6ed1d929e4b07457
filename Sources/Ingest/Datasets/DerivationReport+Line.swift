import Storage

extension DerivationReport.Line {
    /// A derived figure's line, marked with the correction the derivation kept, if any.
    ///
    /// A kept value is shown as stored (the corrected number, which briefs print) and the
    /// derivation's own number goes to `derived`: `--show` listed the derived number alone, as if
    /// the database held it. Another kept field (a place, a period) is named with what the
    /// derivation gave for it.
    init(figure: String, cell: String, kind: String, shown: String, keeping kept: [KeptCorrection]) {
        self.init(figure: figure, cell: cell, kind: kind, shown: shown)
        guard let latest = kept.map(\.batch).max() else { return }
        correctedBy = latest
        derived = kept.map { field in
            guard field.field == "value" else { return "\(field.field) \(field.given)" }
            return kind == "share" ? field.given + "%" : field.given
        }.joined(separator: ", ")
        if let value = kept.first(where: { $0.field == "value" }) {
            self.shown = kind == "share" ? value.kept + "%" : value.kept
        }
    }
}
