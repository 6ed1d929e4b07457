import Storage

extension EditionRevisions {
    /// The figures that could revise one another, grouped by what they must share: one measure,
    /// place and period by its days, and one subgroup, breakdowns and unit (`Subject`); only
    /// groups of two or more, each in the order the figures were loaded.
    ///
    /// Why from the reading order: it keeps the figures of one measure, place and period's days
    /// together (`BriefContext.sameDaysRuns`), so each figure is compared only with the few beside
    /// it. Hashing a slot of eight fields for each of the bench's 100,000 figures was 100 ms, on a
    /// thread the brief then waited for (`perf`, session 58). Check's errors are passed over
    /// afterwards (`EditionRevisions.init(_:passingOver:)`), which leaves each group as passing
    /// over them first would have.
    ///
    /// Figures of a place the catalog does not list (a database edited with its foreign keys
    /// off), or of a period whose four characters are not a year, are grouped by hashing their
    /// whole slot (`Slot`) as before: reading order does not keep such places together, nor
    /// tell such periods' days apart by their text, so `sameDaysRuns` would split their groups.
    struct Candidates {
        let editions: EditionMemo
        let groups: [[Edition]]
        /// Each figure of `ordered` by its `loadIndex` (those whose index is below the figures'
        /// count): what `EditionRevisions` checks a figure against before reading its arrays.
        /// Empty when no source is an edition of another.
        let members: [ObjectIdentifier?]

        /// - Parameters:
        ///   - ordered: the figures in scope in reading order (`BriefContext.readingOrder`).
        ///   - positions: each figure's place among the figures as loaded (`positions[i]` for
        ///     `ordered[i]`): a group keeps that order, so that of two figures of one later edition
        ///     for the same slot (two studies of one source), the first loaded is taken, as it was.
        ///   - seriesBreaks: the keys of figures tagged `series-break` (`FigureSet.seriesBreaks`).
        ///   - sameDays: `SameDaysGroups(ordered)`, when the caller made it; nil to work it out here.
        init(
            ordered: [FigureRecord], positions: [Int], sources: Set<String>, catalog: Catalog, seriesBreaks: Set<String>,
            sameDays: SameDaysGroups? = nil
        ) {
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
            let editions = EditionMemo(editionSources.sorted(), catalog: catalog)
            self.editions = editions
            guard !editionSources.isEmpty else {
                (groups, members) = ([], [])
                return
            }
            var members = [ObjectIdentifier?](repeating: nil, count: ordered.count)
            for figure in ordered where figure.loadIndex >= 0 && figure.loadIndex < ordered.count {
                members[figure.loadIndex] = ObjectIdentifier(figure)
            }
            self.members = members
            // Whether a measure counts records, by the rank each record carries (`Catalog.measureOrder`),
            // and each source's edition index by the index each record carries: no code hashed per figure.
            let countedRanks = catalog.measureOrder.map { catalog.measures[$0].map { Measure.recordCounts.contains($0.counts) } ?? false }
            let counted = Set(catalog.measures.compactMap { code, measure in Measure.recordCounts.contains(measure.counts) ? code : nil })
            var editionOf = SourceMemo<Int?>()
            func edition(_ figure: FigureRecord) -> Int? { editionOf.value(of: figure) { editions.index[$0] } }
            var found: [[Edition]] = []
            // A few subjects are compared one by one, many (a breakdown by thousands of categories) looked up by a dictionary.
            var subjects = ShortTable<Subject, [(position: Int, edition: Edition)]>()
            var irregular: [Slot: [(position: Int, edition: Edition)]] = [:]
            (sameDays ?? SameDaysGroups(ordered)).forEach { runs in
                subjects.removeAll()
                // One place per group: looked up once, not per figure.
                let knownPlace = runs.first.map { catalog.places[ordered[$0.lowerBound].place] != nil } ?? true
                for index in runs.joined() {
                    let figure = ordered[index], rank = figure.measureRank
                    guard rank >= 0 && rank < countedRanks.count ? countedRanks[rank] : counted.contains(figure.measure),
                          let source = edition(figure), figure.cites == nil, figure.method != "reported", !figure.periodUnstated else { continue }
                    let member = (positions[index], Edition(figure: figure, source: source, broken: !seriesBreaks.isEmpty && seriesBreaks.contains(figure.key)))
                    guard knownPlace && Self.isRegular(figure.periodStart) && Self.isRegular(figure.periodEnd) else {
                        irregular[Slot(figure), default: []].append(member)
                        continue
                    }
                    subjects.update(Subject(figure), initial: []) { $0.append(member) }
                }
                for (_, members) in subjects.pairs where members.count >= 2 {
                    found.append(members.sorted { $0.position < $1.position }.map(\.edition))
                }
            }
            for members in irregular.values where members.count >= 2 {
                found.append(members.sorted { $0.position < $1.position }.map(\.edition))
            }
            groups = found
        }

        /// Whether a period's start or end, if four characters long, is four digits: `sameDaysRuns`
        /// takes any four characters for a year, the one spelling of its days.
        private static func isRegular(_ date: String) -> Bool {
            let bytes = date.utf8
            return bytes.count != 4 || bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
    }

    /// A figure of a slot, with its source's index in `EditionMemo` and whether it is tagged `series-break`.
    struct Edition {
        let figure: FigureRecord
        let source: Int
        let broken: Bool
    }

    /// Everything two editions' figures must share to be one figure of the series, for the
    /// figures `sameDaysRuns` cannot group (see `Candidates`): measure, place, period by its
    /// days, and `Subject`.
    private struct Slot: Hashable {
        let measure: String
        let place: String
        let firstDay: Int
        let lastDay: Int
        let subject: Subject

        init(_ figure: FigureRecord) {
            (measure, place, firstDay, lastDay) = (figure.measure, figure.place, figure.firstDay, figure.lastDay)
            subject = Subject(figure)
        }
    }

    /// What two editions' figures of one measure, place and period (by the days it covers) must
    /// share besides to be one figure of the series: subgroup, breakdowns and unit.
    ///
    /// Why the breakdowns: figures broken down by citizenship were left out, so a later release's
    /// Albania going from 600 to 640 got no caution (a statistics unit's review, session 55); two
    /// editions' figures for one citizenship are one figure of the series, as the totals are.
    private struct Subject: Hashable {
        let sex: String
        let ageGroup: String
        let form: String?
        let unit: String
        /// The breakdowns as dimension and category pairs, sorted: empty for most figures.
        let breakdowns: [String]

        init(_ figure: FigureRecord) {
            (sex, ageGroup, form, unit) = (figure.sex, figure.ageGroup, figure.form, figure.unit)
            breakdowns = figure.hasBreakdown ? figure.breakdowns.map { "\($0.dimension)=\($0.category)" }.sorted() : []
        }
    }
}
