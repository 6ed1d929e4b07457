import Storage

/// Counts over periods within a longer one (the quarters of a year, the months of a quarter)
/// that add up to more than its count, or that cover it exactly and add up to another number,
/// for the same measure, place, subgroup, unit, source and study: the sums `tipdb check` warns
/// about as `sub-periods-off-total`, by the same rule (`PeriodSums`). And a period whose count an
/// earlier edition gives while a later edition gives only its sub-periods, adding up to another
/// number.
///
/// Why a caution: the brief's tables and chart print the quarters beside their year, and a
/// minister who adds up four quarters of 27,004 beside a year of 17,004, or reads the key figure
/// of 17,004 beside revised quarters that add up to 17,077, meets a contradiction the brief
/// passed on as data (a government statistician's review, session 55).
extension ComparabilityCheck {
    /// Sub-period cautions beyond this many are summed up in one sentence.
    static let subPeriodWarningLimit = 20

    /// A sum found among the brief's figures, with the later edition its parts come from, if any.
    struct SubPeriodSum: Sendable {
        let sum: PeriodSums.Sum<FigureRecord>
        /// The source of the parts, a later edition of the whole's producer; nil for the whole's own origin.
        let laterEdition: String?
    }

    /// The cautions for `sums`, which `ComparabilityScan` finds on another thread.
    static func subPeriodWarnings(_ sums: [SubPeriodSum], context: BriefContext) -> [ComparabilityWarning] {
        var warnings = sums.prefix(subPeriodWarningLimit).map { subPeriodWarning($0, context: context) }
        if sums.count > subPeriodWarningLimit {
            let more = sums.count - subPeriodWarningLimit
            warnings.append(summary(
                "sub-periods", "\(Words.count(more, "more count over a period does", "more counts over a period do")) not match the sum "
                    + "of the counts over the periods within it; the same caution applies to each (tipdb check lists them all as sub-periods-off-total)."))
        }
        return warnings
    }

    /// Each whole whose sub-periods do not add up to it (`PeriodSums.judge`), in reading order of
    /// the whole: first its own origin's sub-periods, else those of the latest later edition of its
    /// producer (`EditionRevisions.isLaterEdition`) that cover it exactly and give no count for its
    /// own days. Reads nothing but its arguments: it runs on a background thread (`ComparabilityScan`).
    static func subPeriodSums(_ ordered: [FigureRecord], catalog: Catalog) -> [SubPeriodSum] {
        var series: [SeriesKey: [Member]] = [:]
        var sources: [String: Int] = [:]
        // Whether a figure's measure counts cases, by the rank each record carries; its unit's
        // dimension once per run of one unit (`UnitDimensions`); its source's number by the index each record
        // carries (`SourceMemo`): hashing the three codes of each of 100,000 figures was a third
        // of this scan (`perf`, session 59).
        func countsCases(_ measure: Measure?) -> Bool { measure.map { PeriodSums.measureCounts.contains($0.counts) } ?? false }
        let countingRanks = catalog.measureOrder.map { countsCases(catalog.measures[$0]) }
        var dimensions = UnitDimensions(catalog)
        var numbers = SourceMemo<Int>()
        for (order, figure) in ordered.enumerated() where !figure.hasBreakdown {
            let rank = figure.measureRank
            guard rank >= 0 && rank < countingRanks.count ? countingRanks[rank] : countsCases(catalog.measures[figure.measure]) else { continue }
            guard dimensions.of(figure) == "count" else { continue }
            let source = numbers.value(of: figure) { key in
                if let known = sources[key] { return known }
                sources[key] = sources.count
                return sources.count - 1
            }
            series[SeriesKey(figure), default: []].append(Member(order: order, figure: figure, source: source))
        }
        // Each source's origin, and which source is a later edition of which, once per source.
        let names = sources.sorted { $0.value < $1.value }.map(\.key)
        let origins = names.map { catalog.origin($0) }, editions = EditionMemo(names, catalog: catalog)
        var found: [(order: Int, sum: SubPeriodSum)] = []
        for var members in series.values {
            // Periods all as long hold no sub-period: most series of a bulk export end here.
            guard let length = members.first.map({ $0.figure.lastDay - $0.figure.firstDay }),
                  members.contains(where: { $0.figure.lastDay - $0.figure.firstDay != length }) else { continue }
            // Earliest first day first: the figures within a whole's days start from the first
            // that begins on its first day, and end before the first that begins after its last
            // (a period that ends before it starts is no part of any: `PeriodSums.span`).
            // Judging each figure against every member of its series (and asking of each whether
            // it is a later edition) was 55 % of a 100,000-figure brief's CPU (session 56).
            members.sort { ($0.figure.firstDay, $0.order) < ($1.figure.firstDay, $1.order) }
            var start = 0
            for whole in members {
                while members[start].figure.firstDay < whole.figure.firstDay { start += 1 }
                var within: [Member] = [], shorter = false
                for member in members[start...] {
                    let figure = member.figure
                    guard figure.firstDay <= whole.figure.lastDay else { break }
                    guard figure.lastDay <= whole.figure.lastDay else { continue }
                    within.append(member)
                    shorter = shorter || figure.firstDay != whole.figure.firstDay || figure.lastDay != whole.figure.lastDay
                }
                // A whole with none shorter has no sub-periods in any edition.
                guard shorter else { continue }
                let counts = catalog.measures[whole.figure.measure]?.counts
                let recordsCounted = Measure.isCountedFromRecords(counts: counts, method: whole.figure.method)
                if let sum = PeriodSums.judge(
                    whole: whole.figure, among: within.lazy.filter { origins[$0.source] == origins[whole.source] }.map(\.figure),
                    recordsCounted: recordsCounted) {
                    found.append((whole.order, SubPeriodSum(sum: sum, laterEdition: nil)))
                } else if let sum = laterEditionSum(
                    whole, within: within, recordsCounted: recordsCounted, editions: editions, names: names, catalog: catalog) {
                    found.append((whole.order, sum))
                }
            }
        }
        return found.sorted { $0.order < $1.order }.map(\.sum)
    }

    /// A figure of a series: its place in reading order, and its source by number.
    private struct Member {
        let order: Int
        let figure: FigureRecord
        let source: Int
    }

    /// The sum of `whole` among the figures of the latest later edition of its producer within
    /// its days that cover it exactly, unless that edition gives the whole's own period.
    private static func laterEditionSum(
        _ whole: Member, within: [Member], recordsCounted: Bool, editions: EditionMemo, names: [String], catalog: Catalog
    ) -> SubPeriodSum? {
        // Later editions, the latest first: a third edition's quarters revise the second's.
        var later: [Int: [FigureRecord]] = [:]
        for member in within where editions.isLater(member.source, than: whole.source) {
            later[member.source, default: []].append(member.figure)
        }
        // Each edition's date read once, from the sources alone: a comparison that read it through
        // the catalog copied the whole catalog (every dictionary retained and released) each time
        // (`perf`, session 60).
        let sources = catalog.sources
        let latestFirst = later.keys.map { (edition: $0, published: sources[names[$0]]?.published ?? "", name: names[$0]) }
            .sorted { ($0.published, $0.name) > ($1.published, $1.name) }
        for edition in latestFirst.map(\.edition) {
            let figures = later[edition] ?? []
            // A later edition that gives the whole's own period revises it (the editions caution says so).
            if figures.contains(where: { $0.firstDay == whole.figure.firstDay && $0.lastDay == whole.figure.lastDay }) { return nil }
            // Parts that cover the whole exactly include one from its first day and one to its last.
            guard figures.contains(where: { $0.firstDay == whole.figure.firstDay }), figures.contains(where: { $0.lastDay == whole.figure.lastDay }),
                  let sum = PeriodSums.judge(whole: whole.figure, among: figures, recordsCounted: recordsCounted, coveringOnly: true),
                  sum.covers else { continue }
            return SubPeriodSum(sum: sum, laterEdition: names[edition])
        }
        return nil
    }

    /// What the figures of one series share but their source and period.
    private struct SeriesKey: Hashable {
        let measure: String, place: String, unit: String, sex: String, ageGroup: String, form: String?, study: String?

        init(_ figure: FigureRecord) {
            (measure, place, unit, sex, ageGroup) = (figure.measure, figure.place, figure.unit, figure.sex, figure.ageGroup)
            (form, study) = (figure.form, figure.study)
        }
    }

    /// "Potential victims of modern slavery referred in the United Kingdom, 2023, Home Office 2024
    /// [1]: the counts for periods within it, January-March 2023 (4,746), ..., add up to 27,004,
    /// more than the count for 2023 (17,004). ..."
    private static func subPeriodWarning(_ found: SubPeriodSum, context: BriefContext) -> ComparabilityWarning {
        let catalog = context.catalog
        let sum = found.sum, whole = sum.whole
        let subgroup = BriefContext.subgroup(whole, catalog: catalog)
        let quantity = context.quantity(whole)
        let parts = sum.parts.map { "\($0.periodText) (\(context.bracketedText($0)))" }
        let total = quantity.text(value: sum.sum, censored: false, high: nil)
        let ends = BriefContext.lowEnds(sum.parts, amounts: sum.amounts)
        // Below the whole, each part was taken at its largest: a `<5` as 4, an interval at its high end.
        let raised = zip(sum.parts, sum.amounts).filter { $0.value != $1 }.map(\.0)
        let highEnds = raised.isEmpty ? "" : raised.allSatisfy(\.censored) ? " at most" : " at the high ends of their ranges"
        let one = sum.parts.count == 1
        var text = CitedText(plain: "\(catalog.measureLabel(whole.measure)) in \(Words.place(catalog.placeName(whole.place))), \(whole.periodText), ")
        text += context.citedLabel(whole.source)
        text += (subgroup == "all" ? "" : ", \(subgroup)") + ": "
        var citations = [context.cite(whole.source)]
        if let edition = found.laterEdition {
            citations.append(context.cite(edition))
            text += CitedText(plain: "the count for \(whole.periodText) is \(context.bracketedText(whole)), but a later edition, ")
            text += context.citedLabel(edition)
            text += CitedText(plain: ", gives counts for the periods within it, \(Words.list(parts)), which cover it exactly and add up to "
                + (sum.below ? "\(total)\(highEnds)" : "\(ends.before)\(total)\(ends.after)") + ". The count for \(whole.periodText) is from an earlier release than these: "
                + "cite the later edition's counts, or say that the two releases differ, and never set the two side by side as one series.")
            return ComparabilityWarning(kind: "editions", text: text, figures: sum.parts.map(\.key) + [whole.key], citations: citations)
        }
        if sum.below {
            text += CitedText(plain: "the counts for the periods within it, \(Words.list(parts)), which cover it exactly, add up to "
                + "\(total)\(highEnds), less than the count for \(whole.periodText) (\(context.bracketedText(whole))).")
        } else {
            let within = one ? "the count for \(parts[0]), a period within it, is" : "the counts for periods within it, \(Words.list(parts)), add up to"
            let number = one ? "" : " \(ends.before)\(total)\(ends.after),"
            text += CitedText(plain: "\(within)\(number) more than the count for \(whole.periodText) "
                + "(\(context.bracketedText(whole)))\(BriefContext.highEnd(whole, amount: sum.wholeAmount)).")
        }
        text += " All are kept as published, but counts over periods that do not overlap "
            + (sum.below ? "and cover a period exactly add up to its count" : "cannot add up to more than the count over a period containing them")
            + " (rounding allowed for, counts from records exactly): one of them is wrong or counts something else. Say so when citing any of them."
        return ComparabilityWarning(kind: "sub-periods", text: text, figures: sum.parts.map(\.key) + [whole.key], citations: citations)
    }
}
