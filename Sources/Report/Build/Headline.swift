import Storage

/// Which figure speaks for a measure in a place: the rules behind key figures, charts and the
/// method warnings, kept in one place so the three always agree.
///
/// A headline figure is primary (it repeats nothing), was not merely reported, is in the
/// measure's default unit, covers everyone (sex and age total, no form) and has a value.
enum Headline {
    /// Departures from the ideal headline, most important first, as one comparable number: 0
    /// for a figure that qualifies (if it also repeats nothing). Worked out once per figure as
    /// it is read, because choosing key figures and chart series compares figures many times.
    static func penalty(
        method: String, value: Double?, sex: String, ageGroup: String, form: String?, unit: String, defaultUnit: String?
    ) -> Int {
        var penalty = 0
        if method == "reported" { penalty += 32 }
        if unit != defaultUnit { penalty += 16 }
        if sex != "total" { penalty += 8 }
        if ageGroup != "total" { penalty += 4 }
        if form != nil { penalty += 2 }
        if value == nil { penalty += 1 }
        return penalty
    }

    /// The key figure among `figures` (one measure, one place): the best primary figure, by
    /// preference (not merely reported, default unit, totals, no form), then the most recent
    /// reference period, then the shortest period ending then (a level, not a change over years),
    /// then the largest value (a total rather than a part or a per-person amount), then the key.
    static func best(of figures: ArraySlice<FigureRecord>) -> FigureRecord? {
        figures.lazy.filter { $0.cites == nil }.min { isPreferred($0, over: $1) }
    }

    static func isPreferred(_ a: FigureRecord, over b: FigureRecord) -> Bool {
        if a.headlinePenalty != b.headlinePenalty { return a.headlinePenalty < b.headlinePenalty }
        if a.periodEnd != b.periodEnd { return a.periodEnd > b.periodEnd }
        if a.periodStart != b.periodStart { return a.periodStart > b.periodStart }
        let va = a.value ?? -Double.infinity
        let vb = b.value ?? -Double.infinity
        if va != vb { return va > vb }
        return a.key < b.key
    }

    /// The series for one measure and place: headline figures, one per source and period end
    /// (the preferred one), by period. A source that publishes a level and a change ending the
    /// same year contributes its level only.
    static func series(_ figures: some Sequence<FigureRecord>) -> [FigureRecord] {
        var best: [String: FigureRecord] = [:]
        for figure in figures where figure.isHeadline {
            let slot = figure.source + "\u{0}" + figure.periodEnd
            if let current = best[slot], !isPreferred(figure, over: current) { continue }
            best[slot] = figure
        }
        return best.values.sorted { ($0.periodStart, $0.periodEnd, $0.source, $0.key) < ($1.periodStart, $1.periodEnd, $1.source, $1.key) }
    }
}
