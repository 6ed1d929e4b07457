import Storage

/// The lines `report lineage` writes under a figure for what happened to it without changing its
/// number in place: a load that cited the same number to another source or page
/// (`Reattribution`), and a withdrawal whose restore brought another number back (`Restoration`).
///
/// Why: lineage told a changed number ("revised from …") and a withdrawal, but not these two, so an
/// auditor holding a brief that cited "Institute B 2022, p. 10" or "40,000" found neither in the
/// figure's lineage, and took the brief for wrong (review of session 52, audit 4 and 6).
enum FigureHistoryText {
    /// `cited to Institute B 2022, p. 10 (batch 2: v1.csv) until batch 3 (v2.csv) cited the same
    /// number to Institute A 2022, p. 7`.
    static func reattribution(_ moved: Reattribution, context: BriefContext) -> String {
        func place(_ source: String, _ locator: String?) -> String { context.label(source) + (locator.map { ", \($0)" } ?? "") }
        let loaded = moved.loadedBy.map { " (batch \($0)" + (moved.loadedFrom.map { ": \($0)" } ?? "") + ")" } ?? ""
        return "cited to \(place(moved.source, moved.locator))\(loaded) until batch \(moved.movedBy)"
            + (moved.movedFrom.map { " (\($0))" } ?? "") + " cited the same number to \(place(moved.newSource, moved.newLocator))"
    }

    /// A load that changed the figure's breakdown (`BreakdownChange`), as the text output's line
    /// under it: `restricted to citizenship: Viet Nam (batch 2: f1.csv) until batch 3 (f2.csv)
    /// restricted it to citizenship: Albania`; `with no breakdown` and `removed its breakdown` for none.
    static func breakdownChange(_ change: BreakdownChange, context: BriefContext) -> String {
        let loaded = change.loadedBy.map { " (batch \($0)" + (change.loadedFrom.map { ": \($0)" } ?? "") + ")" } ?? ""
        let before = breakdownWords(change.previous, context: context).map { "restricted to \($0)" } ?? "with no breakdown"
        let after = breakdownWords(change.next, context: context).map { "restricted it to \($0)" } ?? "removed its breakdown"
        return "\(before)\(loaded) until batch \(change.changedBy)" + (change.changedFrom.map { " (\($0))" } ?? "") + " \(after)"
    }

    /// Breakdowns stored as a figures file's cell states them (`citizenship: VNM; sector: fishing`)
    /// in the words briefs use (`citizenship: Viet Nam; sector: fishing`); nil for none.
    static func breakdownWords(_ text: String?, context: BriefContext) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text.components(separatedBy: "; ").map { pair in
            guard let colon = pair.range(of: ": ") else { return pair }
            let category = String(pair[colon.upperBound...])
            let name = context.catalog.places[category] != nil ? context.catalog.placeName(category) : category
            return Words.breakdown(dimension: String(pair[..<colon.lowerBound]), category: name)
        }.joined(separator: "; ")
    }

    /// The number the figure held when withdrawn, in words, when its restore wrote another: `40,000`.
    static func withdrawnNumber(_ restoration: Restoration, context: BriefContext) -> String? {
        guard let held = restoration.withdrawn else { return nil }
        return context.catalog.quantity(unit: held.unit, measure: held.measure)
            .boundedText(value: held.value, censored: held.censored, low: held.low, high: held.high)
    }

    /// `Restoration.history`, followed, when the restore wrote another number, by the one
    /// withdrawn: `…; it held 40,000 when withdrawn (batch 2: v1.csv), and came back with another
    /// number: a brief made before batch 3 that cites f2 cites 40,000`.
    static func restored(_ restoration: Restoration, key: String, context: BriefContext) -> String {
        guard let number = withdrawnNumber(restoration, context: context) else { return restoration.history }
        let writer = restoration.withdrawnBy.map { " (batch \($0)" + (restoration.withdrawnFile.map { ": \($0)" } ?? "") + ")" } ?? ""
        return restoration.history + "; it held \(number) when withdrawn\(writer), and came back with another number: a brief made before "
            + "batch \(restoration.retraction.batch) that cites \(key) cites \(number)"
    }
}

extension FigureHistoryText {
    /// The brief's sentences for a figure's history (`FigureEntry.history`), or nil when there is
    /// none to tell: `Withdrawn on 2026-12-06 (batch 3: "wrong page") and loaded again with another
    /// number by batch 4; a brief made before then that cites f2 cites 40,000.` and `Until batch 3
    /// (v2.csv) the same number was cited to Institute B 2022, p. 10; a brief made before then that
    /// cites f2 cites it there.`
    ///
    /// Why in the brief: it is what a reader holding an older brief compares, as `keyReused` is.
    static func briefText(restoration: Restoration?, reattributions: [Reattribution], key: String, context: BriefContext) -> String? {
        var said: [String] = []
        if let restoration, let number = withdrawnNumber(restoration, context: context) {
            let retraction = restoration.retraction
            said.append(
                "Withdrawn on \(retraction.retractedAt.prefix(10)) (batch \(retraction.batch): \(JSONString.literal(retraction.reason))) and "
                    + "loaded again with another number by batch \(restoration.restoredBy); a brief made before then that cites \(key) cites \(number).")
        }
        for moved in reattributions {
            let place = context.label(moved.source) + (moved.locator.map { ", \($0)" } ?? "")
            said.append(
                "Until batch \(moved.movedBy)" + (moved.movedFrom.map { " (\($0))" } ?? "") + " the same number was cited to \(place); "
                    + "a brief made before then that cites \(key) cites it there.")
        }
        return said.isEmpty ? nil : said.joined(separator: " ")
    }
}
