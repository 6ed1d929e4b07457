import Storage

extension EditionRevisions {
    /// The figures that could revise one another, grouped by what they must share (`Slot`):
    /// only groups of two or more, each in the order of the figures given.
    ///
    /// Why apart from `init(_:passingOver:)`: gathering them hashes a slot for every count of
    /// an edition source, 90 ms of a 100,000-figure brief on the thread that numbers citations
    /// (`perf`, session 58), and needs none of check's errors, which the brief finds at the same
    /// time. The brief gathers them on another thread; the errors are passed over afterwards,
    /// which leaves each group as passing over them first would have (its order kept).
    ///
    /// `@unchecked Sendable`: `editions` keeps what it has worked out, so it is used by one
    /// thread at a time, handed from the thread that made it by `BackgroundWork.results`, which
    /// waits for it.
    struct Candidates: @unchecked Sendable {
        let editions: EditionMemo
        let groups: [[Edition]]

        /// - Parameter seriesBreaks: the keys of figures tagged `series-break` (`FigureSet.seriesBreaks`).
        init(_ figures: [FigureRecord], sources: Set<String>, catalog: Catalog, seriesBreaks: Set<String>) {
            // Sources that share a producer's name with another source of another origin: most
            // databases have none in scope, and then no figure is looked at.
            var byName: [String: [String]] = [:]
            for source in sources.sorted() {
                for name in catalog.producerNames[source] ?? [] { byName[name, default: []].append(source) }
            }
            var editionSources: Set<String> = []
            for group in byName.values where group.count >= 2 && Set(group.map(catalog.origin)).count >= 2 {
                editionSources.formUnion(group)
            }
            // Each edition source by its index, and whether one is a later edition of another worked out
            // once per pair of sources (`EditionMemo`), not for every pair of figures of a slot.
            editions = EditionMemo(editionSources.sorted(), catalog: catalog)
            guard !editionSources.isEmpty else {
                groups = []
                return
            }
            // Whether a measure counts records, by the rank each record carries (`Catalog.measureOrder`):
            // no measure key hashed per figure.
            let countedRanks = catalog.measureOrder.map { catalog.measures[$0].map { Measure.recordCounts.contains($0.counts) } ?? false }
            let counted = Set(catalog.measures.compactMap { code, measure in Measure.recordCounts.contains(measure.counts) ? code : nil })
            var slots: [Slot: [Edition]] = [:]
            for figure in figures {
                let rank = figure.measureRank
                guard rank >= 0 && rank < countedRanks.count ? countedRanks[rank] : counted.contains(figure.measure),
                      let source = editions.index[figure.source] else { continue }
                guard figure.cites == nil, figure.method != "reported", !figure.periodUnstated else { continue }
                slots[Slot(figure), default: []].append(
                    Edition(figure: figure, source: source, broken: !seriesBreaks.isEmpty && seriesBreaks.contains(figure.key)))
            }
            groups = slots.values.filter { $0.count >= 2 }
        }
    }

    /// A figure of a slot, with its source's index in `EditionMemo` and whether it is tagged `series-break`.
    struct Edition {
        let figure: FigureRecord
        let source: Int
        let broken: Bool
    }

    /// What two editions' figures must share to be one figure of the series: its measure, place,
    /// period by the days it covers, subgroup, breakdowns and unit.
    ///
    /// Why the breakdowns: figures broken down by citizenship were left out, so a later release's
    /// Albania going from 600 to 640 got no caution (a statistics unit's review, session 55); two
    /// editions' figures for one citizenship are one figure of the series, as the totals are.
    private struct Slot: Hashable {
        let measure: String
        let place: String
        let firstDay: Int
        let lastDay: Int
        let sex: String
        let ageGroup: String
        let form: String?
        let unit: String
        /// The breakdowns as dimension and category pairs, sorted: empty for most figures.
        let breakdowns: [String]

        init(_ figure: FigureRecord) {
            (measure, place, firstDay, lastDay) = (figure.measure, figure.place, figure.firstDay, figure.lastDay)
            (sex, ageGroup, form, unit) = (figure.sex, figure.ageGroup, figure.form, figure.unit)
            breakdowns = figure.hasBreakdown ? figure.breakdowns.map { "\($0.dimension)=\($0.category)" }.sorted() : []
        }
    }
}
