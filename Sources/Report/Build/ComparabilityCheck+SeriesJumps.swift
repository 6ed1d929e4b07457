import Storage

/// A figure 10 or more times the figure before it in time in its series, or a tenth of it or
/// less: 48,000 forced labourers in Nepal in 2021 after 1,000 in 2020. The rule of `tipdb
/// check`'s `series-jump` warning (`SeriesJump`), over the figures of the brief.
///
/// Why a caution: such a jump is valid data to every other rule and most often a unit slip
/// (thousands written as units, a fraction as a percent). Check warns of it; a brief that
/// printed both figures in its tables, or drew them on one chart, without a word would let a
/// reader cite a 48-fold rise that no source claims.
///
/// A figure whose source does not state its period (`FigureRecord.periodUnstated`) takes no part:
/// it has no place in time, so no figure is before or after it (the brief keeps it out of charts,
/// coverage and age cautions alike). Its publication year standing in for the period made ILO
/// 2014's US$150 billion a year "the figure before" a 2021 amount. Nor does a repeat
/// (`SeriesJump.takesPart`): it is its original's number again, and a chain of repeats filed
/// under the years they were repeated in is no series (the data gaps' repeats and the
/// repeat-change cautions hold each to what it repeats).
extension ComparabilityCheck {
    /// Series-jump warnings beyond this many are summed up in one sentence.
    static let jumpWarningLimit = 20

    /// Each pair of neighbouring figures in a series that differ `SeriesJump.factor`-fold, as
    /// check finds them (a series is the measure, place, sex, age group, form and unit, whatever
    /// the source; each period, by its days, is compared with the one before it, each figure of one with the
    /// smallest and the largest of the other: `JumpPairs`), among `ordered` only: a brief for 2015 onwards compares 2015 with nothing.
    ///
    /// One pass: each measure and place's figures are dealt into their series, which reading
    /// order gives period by period, and each period is compared with the one before it by its
    /// smallest and largest value before any pair is looked at. Reads nothing but its arguments:
    /// it runs on a background thread (`ComparabilityScan`).
    ///
    /// - Returns: the first `limit` pairs, in reading order of the later figure, and how many more there are.
    static func seriesJumps(
        _ ordered: [FigureRecord], catalog: Catalog, keeping limit: Int = jumpWarningLimit
    ) -> (pairs: [(later: FigureRecord, earlier: FigureRecord)], more: Int) {
        var found = JumpPairs(limit: limit)
        // A run of figures mostly shares its unit: its dimension is looked up once per run.
        var dimensions = UnitDimensions(catalog)
        // A group's series: searched in order while there are few (most groups hold one or two),
        // where hashing four strings a figure was a third of this scan; indexed past 16.
        var series: [SeriesFields] = []
        var positions: [SeriesFields: Int]?
        var members: [[FigureRecord]] = []
        for group in BriefContext.byMeasureAndPlace(ordered) {
            // One measure: its kind (`SeriesJump.length`) is looked up once.
            let counts = group.first.flatMap { catalog.measures[$0.measure]?.counts }
            series.removeAll(keepingCapacity: true)
            positions = nil
            members.removeAll(keepingCapacity: true)
            for figure in group {
                let dimension = dimensions.of(figure)
                guard SeriesJump.takesPart(
                    value: figure.value, unitDimension: dimension, hasBreakdown: figure.hasBreakdown,
                    periodStated: !figure.periodUnstated, isRepeat: figure.cites != nil)
                else { continue }
                let length = SeriesJump.length(
                    firstDay: figure.firstDay, lastDay: figure.lastDay, counts: counts, unitDimension: dimension)
                let position = positions.map { $0[SeriesFields(figure, length: length)] } ?? series.firstIndex { $0.holds(figure, length: length) }
                if let position {
                    members[position].append(figure)
                } else {
                    series.append(SeriesFields(figure, length: length))
                    members.append([figure])
                    if positions != nil {
                        positions?[series[series.count - 1]] = series.count - 1
                    } else if series.count > 16 {
                        positions = Dictionary(uniqueKeysWithValues: series.enumerated().map { ($0.element, $0.offset) })
                    }
                }
            }
            for index in members.indices { compareNeighbours(&members[index], into: &found) }
        }
        return (found.pairs, found.more)
    }

    /// Compares each period of one series with the period before it, a period by the days it
    /// covers (`2017` and `2017-01-01`/`2017-12-31` are one, as check's `series-jump` has them).
    ///
    /// - Parameter figures: the series' figures in reading order; ordered by their first and then
    ///   last days (`PeriodDays`) where that order is not already theirs, keeping reading order within a period.
    private static func compareNeighbours(_ figures: inout [FigureRecord], into found: inout JumpPairs) {
        guard figures.count >= 2 else { return }
        var days = figures.map { ($0.firstDay, $0.lastDay) }
        if !zip(days, days.dropFirst()).allSatisfy({ $0 <= $1 }) {
            let order = days.indices.sorted { (days[$0].0, days[$0].1, $0) < (days[$1].0, days[$1].1, $1) }
            figures = order.map { figures[$0] }
            days = order.map { days[$0] }
        }
        var before: ArraySlice<FigureRecord>?
        var start = figures.startIndex
        while start < figures.endIndex {
            var end = start + 1
            while end < figures.endIndex && days[end] == days[start] { end += 1 }
            let period = figures[start..<end]
            if let before { found.compare(period, before) }
            before = period
            start = end
        }
    }

    /// The caution for one pair: "Forced labour in Nepal: 48,000 (2021, Survey Y 2021 [2]) is
    /// 48 times 1,000 (2020, Survey X 2020 [1]), the figure before it in time in its series. ..."
    ///
    /// A pair one of whose figures is `outside` the brief's periods (`BoundaryJumps`) says so,
    /// and which bound left it out: "..., which is outside the years this brief covers (from
    /// 2021) and not in its tables."
    static func seriesJumpWarnings(
        _ pairs: [(later: FigureRecord, earlier: FigureRecord)], more: Int, outside: Set<String> = [], context: BriefContext
    ) -> [ComparabilityWarning] {
        let catalog = context.catalog
        var warnings = pairs.map { later, earlier -> ComparabilityWarning in
            func described(_ figure: FigureRecord) -> CitedText {
                "\(context.markedText(figure)) (\(figure.periodText), \(context.citedLabel(figure.source)))"
            }
            let who = subgroupAndUnit(later, context: context)
            let relation = SeriesJump.relation(later: later.value ?? 0, earlier: earlier.value ?? 0)
            let producers = differentProducers(later, earlier, catalog: catalog)
            var text = CitedText(plain: "\(catalog.measureLabel(later.measure)) in \(Words.place(catalog.placeName(later.place)))"
                + (who == "all" ? "" : ", \(who)") + ": ")
            // The length of period is part of the series only where `SeriesJump.length` tells lengths apart:
            // 27.6 million for 2021 beside 2.7 million for 2016-2021 was said to share it.
            let lengthCompared = SeriesJump.length(
                firstDay: later.firstDay, lastDay: later.lastDay, counts: catalog.measures[later.measure]?.counts,
                unitDimension: catalog.units[later.unit]?.dimension) != 0
            let fields = lengthCompared ? "(measure, place, subgroup, unit and length of period)" : "(measure, place, subgroup and unit)"
            text += "\(described(later)) is \(relation) \(described(earlier)), the figure before it in time "
            text += CitedText(plain: (producers ? "for the same \(fields.dropFirst().dropLast()), from a different producer" : "in the same series \(fields)")
                + outsideClause(later: later, earlier: earlier, outside: outside, context: context))
            var citations = [context.cite(later.source)]
            if !citations.contains(context.cite(earlier.source)) { citations.append(context.cite(earlier.source)) }
            text += producers
                ? ". Between figures of different producers a jump that large is more often a difference of "
                    + "method and coverage than a unit slip (thousands written as units, a fraction as a percent), and it is no "
                    + "trend either way: check both against their sources before citing either (tipdb check warns of it as series-jump)."
                : ". A jump that large is most often a unit slip (thousands written as units, "
                    + "a fraction as a percent): check both against their sources before citing either "
                    + "(tipdb check warns of it as series-jump)."
            return ComparabilityWarning(kind: "jumps", text: text, figures: [later.key, earlier.key], citations: citations)
        }
        if more > 0 {
            warnings.append(summary(
                "jumps",
                "\(Words.count(more, "more pair", "more pairs")) of figures next to each other in time in one series "
                    + "differ \(Int(SeriesJump.factor))-fold or more; the same caution applies to each "
                    + "(tipdb check lists them all as series-jump)."))
        }
        return warnings
    }

    /// Whether the two figures are independent estimates of different producers
    /// (`SeriesProducers`), as the methods caution beside the jump tells them: then they are not
    /// one series, and a jump between them is more often a difference of method than a unit slip.
    ///
    /// Why: a multiple systems estimate of 11,313 (2013) and a model-based index of 136,000
    /// (2016) were "independent estimates, not editions of one series" in the methods caution and
    /// "the same series", "most often a unit slip", in the next one (review of session 47).
    private static func differentProducers(_ a: FigureRecord, _ b: FigureRecord, catalog: Catalog) -> Bool {
        guard collection(of: a, catalog) != collection(of: b, catalog) else { return false }
        return SeriesProducers([b, a], catalog: catalog).isIndependent
    }

    /// ", which is outside the years this brief covers (from 2021) and not in its tables" for an
    /// earlier figure `--from` leaves out; "; the later figure is outside ... (to 2020) ..." for a
    /// later one `--to` leaves out; empty for a pair within the brief. A month bound in words
    /// (`to June 2019`), as the scope line writes it.
    private static func outsideClause(
        later: FigureRecord, earlier: FigureRecord, outside: Set<String>, context: BriefContext
    ) -> String {
        let filters = context.scope.filters
        func covered(_ bound: PeriodBound, _ side: String) -> String {
            "outside the \(bound.isYear ? "years" : "periods") this brief covers (\(side) \(bound.words)) and not in its tables"
        }
        if outside.contains(earlier.key), let from = filters.from { return ", which is " + covered(from, "from") }
        if outside.contains(later.key), let to = filters.to { return "; the later figure is " + covered(to, "to") }
        return ""
    }
}
