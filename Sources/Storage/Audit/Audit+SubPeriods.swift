extension Audit {
    /// The name of the check of sub-periods whose counts do not add up to their period's.
    static let subPeriodsCheck = "sub-periods-off-total"

    /// The message of the `sub-periods-off-total` warning.
    static let subPeriodsMessage = "counts over periods within a longer one (the quarters or months of a year, the months of a quarter) "
        + "add up to more than its count, or, where they cover its days exactly, to another number, beyond rounding (counts from "
        + "records, such as referrals or detected victims, at all), for the same measure, place, subgroup, unit, source and study "
        + "(each part at the low end of its range or interval, a censored <5 as 1, the whole at the high end of its own; the other "
        + "way round for a sum below it; kept as published; say so when citing): periods that do not overlap cannot count more "
        + "than the period containing them, so one of the numbers is wrong, or the whole comes from another release than its "
        + "parts (a later edition's sub-periods that cover an earlier edition's period are compared with it too)"

    /// Every sum `PeriodSums` names, as check lists it:
    /// `q1 (4746, 2023-01/2023-03) + q2 (14603, 2023-04/2023-06) + ... = 27004 > y2023 (17004, 2023)`.
    func subPeriodSums(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try subPeriodSums(batch: nil, row)
    }

    /// The sums that name a figure of `batch` (all of them without one), each with the keys of
    /// its parts and then its whole, for ingest to place its warning at the first it gave.
    ///
    /// The counts of measures that add up over time (`PeriodSums.measureCounts`) in units of
    /// counts, with no breakdown, are read ordered by their series (measure, place, unit,
    /// subgroup, study), with a batch only those of the measures and places it wrote, and each
    /// series is judged as soon as it is complete. A series whose periods are all as long (one
    /// figure a year, as a bulk export gives them) holds no sub-period and is passed at once.
    func subPeriodSums(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let editions = try LaterEditions.editionDates(db)
        // With a batch, the figures of its measures and places, looked up by `figures_by_measure_place`
        // (CROSS JOIN keeps SQLite to that order), so that a small load into a large database reads only its own.
        let from = batch == nil ? "FROM figures f" : """
            FROM (SELECT DISTINCT measure, place FROM figures WHERE batch_id = ?2) loaded
            CROSS JOIN figures f
            """
        let statement = try db.prepare("""
            SELECT f.key, f.measure, f.place, f.period_start, f.period_end, f.source, f.unit, f.sex, f.age_group, f.form,
                   f.value, f.low, f.high, f.censored, f.study, f.method, f.batch_id,
                   (SELECT max(v.series) FROM series_vintages v WHERE v.source = f.source) AS series
            """ + "\n" + from + "\n" + """
            JOIN measures m ON m.code = f.measure AND m.counts IN (SELECT value FROM json_each(?1))
            WHERE f.unit IN (SELECT code FROM units WHERE dimension = 'count')
              AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
            """ + (batch == nil ? "" : " AND f.measure = loaded.measure AND f.place = loaded.place")
            + " ORDER BY f.measure, f.place, f.unit, f.sex, f.age_group, f.form IS NULL, f.form, f.study IS NULL, f.study, f.key")
        try statement.bind([JSONString.array(PeriodSums.measureCounts.sorted())] + (batch.map { [$0] } ?? []))
        var series: [AuditedFigure] = []
        var found: [(key: String, text: String, keys: [String])] = []
        func judgeSeries() {
            defer { series.removeAll(keepingCapacity: true) }
            for sum in Self.subPeriodSums(in: series, editions: editions) where batch == nil || (sum.parts + [sum.whole]).contains(where: { $0.batch == batch }) {
                found.append((sum.whole.key, Self.subPeriodText(sum), sum.parts.map(\.key) + [sum.whole.key]))
            }
        }
        while try statement.step() {
            let start = statement.string(at: 3) ?? "", end = statement.string(at: 4) ?? ""
            let member = AuditedFigure(
                key: statement.string(at: 0) ?? "", measure: statement.string(at: 1) ?? "", place: statement.string(at: 2) ?? "",
                periodStart: start, periodEnd: end, written: PeriodDays.written(start: start, end: end),
                source: statement.string(at: 5) ?? "", study: statement.string(at: 14), unit: statement.string(at: 6) ?? "",
                sex: statement.string(at: 7) ?? "total", ageGroup: statement.string(at: 8) ?? "total", form: statement.string(at: 9),
                value: statement.optionalDouble(at: 10), censored: statement.int64(at: 13) != 0, low: statement.optionalDouble(at: 11),
                high: statement.optionalDouble(at: 12), hasBreakdown: false, method: statement.string(at: 15) ?? "detected",
                series: statement.string(at: 17), batch: statement.int64(at: 16))
            if let first = series.first, !Self.sameSeries(first, member) { judgeSeries() }
            series.append(member)
        }
        judgeSeries()
        for sum in found.enumerated().sorted(by: {
            $0.element.key == $1.element.key ? $0.offset < $1.offset : $0.element.key.utf8.lexicographicallyPrecedes($1.element.key.utf8)
        }) {
            row(sum.element.text, sum.element.keys)
        }
    }

    /// Whether two figures are of one series but for their source (measure, place, unit, subgroup, study).
    private static func sameSeries(_ a: AuditedFigure, _ b: AuditedFigure) -> Bool {
        a.measure == b.measure && a.place == b.place && a.unit == b.unit && a.sex == b.sex && a.ageGroup == b.ageGroup
            && a.form == b.form && a.study == b.study
    }

    /// A sum found, with the source of its parts where that is a later edition of the whole's.
    struct SubPeriodSum {
        let sum: PeriodSums.Sum<AuditedFigure>
        /// The later edition whose sub-periods were compared with an earlier edition's whole; nil for one source.
        let laterEdition: String?
        var parts: [AuditedFigure] { sum.parts }
        var whole: AuditedFigure { sum.whole }
    }

    /// The sums of one series (figures that differ only in their source and period): for each
    /// whole, its own origin's sub-periods, else those of the latest later edition of its
    /// producer's series that cover it exactly and give no figure for its days.
    static func subPeriodSums(in series: [AuditedFigure], editions: [String: LaterEditions.EditionDate]) -> [SubPeriodSum] {
        guard series.count >= 2 else { return [] }
        // Periods all as long hold no sub-period: most series of a bulk export end here.
        let lengths = Set(series.map { $0.lastDay - $0.firstDay })
        guard lengths.count >= 2 else { return [] }
        let origin = { (figure: AuditedFigure) in SubgroupTotals.origin(source: figure.source, series: figure.series) }
        var byOrigin: [String: [AuditedFigure]] = [:]
        for figure in series { byOrigin[origin(figure), default: []].append(figure) }
        var sums: [SubPeriodSum] = []
        for whole in series {
            let recordsCounted = Measure.isCountedFromRecords(counts: "detected-count", method: whole.method)
            if let sum = PeriodSums.judge(whole: whole, among: byOrigin[origin(whole)] ?? [], recordsCounted: recordsCounted) {
                sums.append(SubPeriodSum(sum: sum, laterEdition: nil))
                continue
            }
            guard let mine = editions[whole.source] else { continue }
            // The latest later edition first: a third edition revises the second's quarters.
            let later = Set(series.map(\.source)).compactMap { editions[$0] }
                .filter { !$0.names.isDisjoint(with: mine.names) && LaterEditions.isLater($0.published, than: mine.published) }
                .sorted { $0.published > $1.published }
            for edition in later {
                let figures = series.filter { $0.source == edition.key }
                // A later edition that gives the whole's period revises it itself (`revised-by-later-edition`).
                if figures.contains(where: { $0.firstDay == whole.firstDay && $0.lastDay == whole.lastDay }) { break }
                guard let sum = PeriodSums.judge(whole: whole, among: figures, recordsCounted: recordsCounted, coveringOnly: true),
                      sum.covers else { continue }
                sums.append(SubPeriodSum(sum: sum, laterEdition: edition.key))
                break
            }
        }
        return sums
    }

    /// A sum as check lists it: each part with its number (and the number it adds, where that is
    /// another) and period, their sum, and the whole with its own.
    static func subPeriodText(_ found: SubPeriodSum) -> String {
        let sum = found.sum
        func shown(_ figure: AuditedFigure, amount: Double) -> String {
            let published = shownNumber(value: figure.value, censored: figure.censored, low: figure.low, high: figure.high)
            let counted = figure.value == amount ? published : "\(published), counted as \(number(amount))"
            return "\(figure.key) (\(counted), \(figure.written))"
        }
        let parts = zip(sum.parts, sum.amounts).map { shown($0, amount: $1) }.joined(separator: " + ")
        let relation = sum.below ? "<" : ">"
        var text = "\(parts) = \(number(sum.sum)) \(relation) \(shown(sum.whole, amount: sum.wholeAmount))"
        if let later = found.laterEdition {
            text += ": the parts from \(later), a later edition of \(sum.whole.source)'s series"
        } else if sum.covers {
            text += ", which they cover exactly"
        }
        return text
    }
}
