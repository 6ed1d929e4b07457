import Storage

/// Counts from records that a later edition of their producer's series gives again for the same
/// measure, place, subgroup, unit and period: a national rapporteur's 2024 monitor revises the
/// 2023 monitor's 910 detected victims for 2022 to 925, for late returns.
///
/// Why: loaded the obvious way, one source per monitor, the brief called the two monitors "2
/// different data collections" each with "its own reporting agencies", told the reader to "say that
/// the sources disagree" about 910 and 925, and charted both as two points for 2022 (a
/// rapporteur's office, session 51). An edition's number for a period an earlier edition gave is
/// that series' revision: the series, its chart and its methods caution take the later number,
/// and a caution of its own says what was revised.
///
/// Editions of one producer are known as the methods caution knows them for estimates
/// (`SeriesProducers.names`: a source's authors or issuing organisation, and the publisher of its
/// own report, data set, statement or web page, by `OrganisationName.matchKey`, and its former
/// names); the later edition is the one published later, by dates as written that tell it (not
/// `2024` beside `2024-10-01`, nor an undated source). The releases of one export and a copy of its
/// producer's data are left to the rules for them (`Catalog.origin`). Estimates are left out: an
/// edition's new estimate for an old period often comes from a changed method, which the
/// competing-estimates caution says.
struct EditionRevisions: Sendable {
    /// For each superseded figure's key, the latest edition's figure for the same period.
    let later: [String: FigureRecord]
    /// For each figure tagged `series-break` (`Figure.seriesBreakTag`) that a later edition counted
    /// under a definition the earlier editions did not use, the earlier editions' figures for the
    /// same period, in no order: a series break, which revises none of them.
    ///
    /// Why apart: a 2024 monitor's 1,300 for 2016, re-counted with municipal reports, was called a
    /// revision of the 2017 monitor's 952, drawn in its place beside 2012's 1,711 (old definition)
    /// and cited as the series' number (an evaluator's review, session 54).
    let restated: [String: [FigureRecord]]

    /// `later` and whether `restated` has the figure, by the `loadIndex` of each figure in scope
    /// (`members` holds the figure at each index, so that a record of another load is never taken
    /// for it): asked of nearly every figure by the cautions, the charts and the figures tables,
    /// the dictionaries hashed 100,000 keys a pass, some 40 ms of a large brief's main thread
    /// (`perf`, session 59). Empty when no figure is superseded or restated.
    private let laterAt: [FigureRecord?]
    private let restatedAt: [Bool]
    private let members: [ObjectIdentifier?]

    var isEmpty: Bool { later.isEmpty && restated.isEmpty }

    /// The figure of the latest edition of the figure's producer that gives it again, if any.
    func laterEdition(of figure: FigureRecord) -> FigureRecord? {
        guard !later.isEmpty else { return nil }
        if let index = index(of: figure) { return laterAt[index] }
        return later[figure.key]
    }

    /// Whether a later edition of the figure's producer gives it again.
    func isSuperseded(_ figure: FigureRecord) -> Bool { laterEdition(of: figure) != nil }

    /// Whether the figure is left out of its series: superseded by a later edition, or a later
    /// edition's re-count under another definition (`restated`), which the series it breaks does
    /// not take in.
    func isApart(_ figure: FigureRecord) -> Bool {
        guard !isEmpty else { return false }
        if let index = index(of: figure) { return laterAt[index] != nil || restatedAt[index] }
        return later[figure.key] != nil || restated[figure.key] != nil
    }

    /// The figure's `loadIndex` when `members` holds it there.
    private func index(of figure: FigureRecord) -> Int? {
        let index = figure.loadIndex
        return index >= 0 && index < members.count && members[index] == ObjectIdentifier(figure) ? index : nil
    }

    /// - Parameters:
    ///   - candidates: the figures grouped by slot (`Candidates`).
    ///   - errors: the figures `tipdb check` calls errors, by key: such a figure (UNODC 2024's -500
    ///     beside UNODC 2023's 47,000) revises nothing and is revised by nothing; the caution about
    ///     it and the competing-counts caution name it.
    init(_ candidates: Candidates, passingOver errors: [String: [FigureError]] = [:]) {
        let editions = candidates.editions
        let groups = errors.isEmpty
            ? candidates.groups
            : candidates.groups.map { group in group.filter { errors[$0.figure.key] == nil } }.filter { $0.count >= 2 }
        var found: [String: FigureRecord] = [:]
        var breaks: [String: [FigureRecord]] = [:]
        for group in groups {
            for edition in group {
                // The latest edition of the figure's producer that gives this period under the same
                // definition (both or neither tagged `series-break`): the edition whose own later
                // editions have nothing for it.
                var latest: Edition?
                for other in group where other.broken == edition.broken && editions.isLater(other.source, than: (latest ?? edition).source) {
                    latest = other
                }
                if let latest { found[edition.figure.key] = latest.figure }
            }
        }
        // A re-count that is the latest of its definition, beside earlier editions' counts under the earlier one.
        for group in groups where group.contains(where: \.broken) {
            for edition in group where edition.broken && found[edition.figure.key] == nil {
                let earlier = group.filter { !$0.broken && editions.isLater(edition.source, than: $0.source) }.map(\.figure)
                if !earlier.isEmpty { breaks[edition.figure.key] = earlier }
            }
        }
        later = found
        restated = breaks
        guard !found.isEmpty || !breaks.isEmpty else {
            (laterAt, restatedAt, members) = ([], [], [])
            return
        }
        members = candidates.members
        var laterAt = [FigureRecord?](repeating: nil, count: members.count)
        var restatedAt = [Bool](repeating: false, count: members.count)
        for group in groups {
            for edition in group {
                let index = edition.figure.loadIndex
                guard index >= 0 && index < members.count && members[index] == ObjectIdentifier(edition.figure) else { continue }
                laterAt[index] = found[edition.figure.key]
                restatedAt[index] = breaks[edition.figure.key] != nil
            }
        }
        (self.laterAt, self.restatedAt) = (laterAt, restatedAt)
    }

    /// Whether `later` comes from a later edition of the producer of `earlier`: another source of
    /// another origin, sharing a producer's name, published after it by dates that tell it.
    static func isLaterEdition(_ later: FigureRecord, of earlier: FigureRecord, catalog: Catalog) -> Bool {
        isLaterEdition(source: later.source, of: earlier.source, catalog: catalog)
    }

    /// `isLaterEdition(_:of:catalog:)` by the two figures' sources, which alone decide it.
    static func isLaterEdition(source later: String, of earlier: String, catalog: Catalog) -> Bool {
        guard later != earlier, catalog.origin(later) != catalog.origin(earlier),
              let names = catalog.producerNames[later], let others = catalog.producerNames[earlier],
              !names.isDisjoint(with: others) else { return false }
        let (after, before) = (catalog.sources[later]?.published ?? "", catalog.sources[earlier]?.published ?? "")
        // `2024` beside `2024-10-01` does not tell which came out first.
        return !after.isEmpty && !before.isEmpty && after > before && !after.hasPrefix(before)
    }
}
