import Storage

/// Section 7 of a brief: the empirical studies behind the figures, because the field asks for
/// in-depth studies rather than ever larger totals, and a brief should point readers to them.
///
/// A study is in scope when it produced a figure in scope, or when it has no figure in the
/// database at all (a qualitative study, say) but covers a place and days in scope.
enum StudySection {
    /// Findings listed per study; the count says how many more there are.
    static let findingLimit = 10

    static func build(_ ordered: [FigureRecord], context: BriefContext) -> [StudyEntry] {
        let catalog = context.catalog
        var findings: [String: [FigureRecord]] = [:]
        for figure in ordered { if let study = figure.study { findings[study, default: []].append(figure) } }
        let studies = inScope(withFindings: Set(findings.keys), catalog: catalog, scope: context.scope)
        // Most recent first; then by title in dictionary order (`Étude` before `Zones`) and key so that no two studies tie.
        let sorted = studies.sorted { a, b in
            if (a.periodEnd ?? "") != (b.periodEnd ?? "") { return (a.periodEnd ?? "") > (b.periodEnd ?? "") }
            if a.title != b.title { return DictionaryOrder.precedes(a.title, b.title) }
            return a.key < b.key
        }
        return sorted.map { study in
            let own = findings[study.key] ?? []
            let period: String? =
                switch (study.periodStart, study.periodEnd) {
                case (let start?, let end?): ReferencePeriod(start: start, end: end).text
                case (let start?, nil): ReferencePeriod.words(start)
                case (nil, let end?): ReferencePeriod.words(end)
                default: nil
                }
            let places = study.places.sorted { catalog.placeSortKey($0) < catalog.placeSortKey($1) }.map(catalog.placeName)
            return StudyEntry(
                key: study.key, title: study.title, method: study.method,
                methodText: study.method.map(Words.studyMethod) ?? "method not stated", population: study.population,
                sampleSize: study.sampleSize.map { Int($0) }, period: period, places: places, summary: study.summary,
                source: study.source, sourceLabel: study.source.map(context.label), citation: study.source.map(context.cite),
                findings: own.prefix(findingLimit).map { figure in
                    let entry = context.entry(figure)
                    var text = "\(context.statedText(figure)): \(entry.measureLabel), \(Words.aroundComma(entry.placeName)), \(entry.period)"
                    if entry.subgroup != "all" { text += " (\(entry.subgroup))" }
                    // The whole its measure names first (the number's line already holds its range
                    // and revision), then what its notes say: `: A share of all children aged 5 to 17.`
                    let whole = entry.shareOf.map { "A share" + ShareWhole.text("", whole: $0, subgroup: entry.subgroup) + "." }
                    let parts = [whole, shareOf(figure)].compactMap { $0 }
                    if !parts.isEmpty { text += ": " + parts.joined(separator: " ") }
                    // Filed under the study's source, a figure of another source (check's
                    // study-of-another-source) would read as that source's finding: say whose it is.
                    if let own = study.source, figure.source != own {
                        text += " (a figure of \(context.label(figure.source)), not of this study's source)"
                    }
                    return StudyFinding(key: figure.key, text: text, citation: entry.citation)
                },
                figureCount: own.count)
        }
    }

    /// What a share without a breakdown is a share of, as its notes say it first: their first
    /// sentence (`Children as a share of all people in forced labour.`); nil for any other figure.
    ///
    /// Why: listed apart from the figures table and its notes, four sector shares read
    /// "12%, 16%, 18%, 32% ... (privately imposed forced labour)", and the fixture's "12% ...
    /// (children)" as 12 percent of children (review of session 53). A breakdown names its part in
    /// the subgroup already.
    static func shareOf(_ figure: FigureRecord) -> String? {
        guard figure.unit == "percent", figure.breakdowns.isEmpty, let notes = figure.notes, !notes.isEmpty else { return nil }
        guard let end = notes.range(of: ". ") else { return notes }
        return String(notes[..<end.lowerBound]) + "."
    }

    /// The studies in scope of a brief of `figures`: those that produced one of them, and those
    /// without figures in the database that cover a place and years in scope.
    static func inScope(_ figures: [FigureRecord], catalog: Catalog, scope: Scope) -> [Study] {
        var keys: Set<String> = []
        for figure in figures { if let study = figure.study { keys.insert(study) } }
        return inScope(withFindings: keys, catalog: catalog, scope: scope)
    }

    private static func inScope(withFindings findings: Set<String>, catalog: Catalog, scope: Scope) -> [Study] {
        catalog.studies.values.filter { study in
            if findings.contains(study.key) { return true }
            guard !catalog.studiesWithFigures.contains(study.key) else { return false }
            if let places = scope.places, !study.places.contains(where: places.contains) { return false }
            // By days, as the figures are kept: a study of 2019-01/2019-03 is outside `--from 2019-06`.
            let start = study.periodStart.map(PeriodDays.first) ?? Int.min
            let end = study.periodEnd.map(PeriodDays.last) ?? Int.max
            if let from = scope.filters.from, end < PeriodDays.first(from.text) { return false }
            if let to = scope.filters.to, start > PeriodDays.last(to.text) { return false }
            return true
        }
    }
}
