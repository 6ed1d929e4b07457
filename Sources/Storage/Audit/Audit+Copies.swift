extension Audit {
    /// The message of the `copy-differs` warning.
    static let copyDiffersMessage = "a second-hand copy of a producer's data (such as Our World in Data's download of UNODC's series) "
        + "gives another number than the producer's own figure for the same measure, place, period, sex, age group, form and unit "
        + "(beyond rounding, or for counts from records, such as detected victims, at all; a censored <5 by its bounds, "
        + "a range by its overlap; kept as published): the copy may hold another release, "
        + "the republisher's processing or a mistake; cite the producer's own figure and say that the copy gives another number"

    /// Figures of a second-hand copy (`SecondHandCopies`, the matching the brief's copy caution
    /// uses) that contradict the producer's own figure for the same people: Our World in Data's
    /// 412 female children detected in the Philippines in 2019 against UNODC's own `<5`.
    ///
    /// Why: the brief says a copy is its producer's data given twice; where the two differ, one of
    /// them is wrong or from another vintage, and a team citing the copy has no hint of it. The
    /// producer's figure compared is the one in its latest release where a bulk export has several
    /// (the brief's choice too), and the row says whether that release is the latest. Figures
    /// restricted by a breakdown are left out, as the brief leaves them out of the caution.
    /// One look-up per copy figure by `figures_by_measure_place`; nothing is read in a database
    /// without copies. Numbers differ as in the brief (`StatedNumber.differs(from:exact:)`): counts
    /// from records when they are not equal (a copy's 1,200 against UNODC's latest 1,250 is the
    /// earlier release's count, not a rounding of it), estimates beyond rounding.
    func copiesThatDiffer(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        var sources: [String: Source] = [:]
        for source in try db.sources() { sources[source.key] = source }
        var releases: [String: (series: String, number: Int64, released: String)] = [:]
        var latest: [String: (number: Int64, source: String, released: String)] = [:]
        for vintage in try db.rows("SELECT id, series, source, released FROM series_vintages ORDER BY id") {
            guard let series = vintage.string("series"), let source = vintage.string("source"), let number = vintage.int("id") else { continue }
            let released = vintage.string("released") ?? "?"
            releases[source] = (series, number, released)
            latest[series] = (number, source, released)
        }
        let origin = { (source: String) in SubgroupTotals.origin(source: source, series: releases[source]?.series) }
        let copies = SecondHandCopies(sources: sources, ownOrigin: origin, isRelease: { releases[$0] != nil })
        guard !copies.origins.isEmpty else { return }
        var producers: [String: [String]] = [:]
        for key in sources.keys.sorted() where !copies.isCopy(key) { producers[origin(key), default: []].append(key) }
        // The producer's figure is one for the same days (`2018` for a copy's `2018-01/2018-12`),
        // looked up by `figures_by_measure_place` within the copy's end year.
        let statement = try db.prepare("""
            SELECT c.key, c.value, c.censored, c.low, c.high, p.key, p.value, p.censored, p.low, p.high, p.source, sf.last_vintage,
                   c.period_start, c.period_end, p.period_start, p.period_end, m.counts
            FROM figures c
            JOIN measures m ON m.code = c.measure
            JOIN figures p ON p.measure = c.measure AND p.place = c.place AND
            """ + " " + PeriodDays.endsInYearSQL("p.period_end", of: "c.period_end") + """

                AND p.unit = c.unit AND p.sex = c.sex AND p.age_group = c.age_group
                AND p.form IS c.form AND p.source IN (SELECT value FROM json_each(?2)) AND
            """ + " " + PeriodDays.sameDaysSQL("p", "c") + """

            LEFT JOIN series_figures sf ON sf.figure = p.key
            WHERE c.source = ?1
              AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure IN (c.key, p.key))
            ORDER BY c.key, sf.last_vintage IS NULL, sf.last_vintage DESC, p.key
            """)
        for copy in copies.origins.keys.sorted() {
            guard let shared = copies.origins[copy], let own = producers[shared] else { continue }
            try statement.reset()
            try statement.bind([copy, JSONString.array(own)])
            var compared: String?
            while try statement.step() {
                let key = statement.string(at: 0) ?? ""
                // The first row of a copy figure is the producer's figure in its latest release.
                guard key != compared else { continue }
                compared = key
                let copied = Self.statedNumber(statement, from: 1)
                let produced = Self.statedNumber(statement, from: 6)
                // Counts from records differ when not equal: 1,200 against 1,250 is another release's count, not a rounding.
                let records = Measure.recordCounts.contains(statement.string(at: 16) ?? "")
                guard copied.differs(from: produced, exact: records) else { continue }
                let producerSource = statement.string(at: 10) ?? ""
                var which = "the producer's own figure (\(producerSource))"
                if let release = releases[producerSource], let last = latest[release.series] {
                    let lastVintage = statement.int64(at: 11)
                    which = lastVintage >= last.number
                        ? "the producer's own figure, in its latest release (\(last.source), \(last.released))"
                        : "the producer's own figure, last published in \(producerSource) (\(release.released)), not in its latest release (\(last.source), \(last.released))"
                }
                let periods = [12, 14].map {
                    PeriodDays.written(start: statement.string(at: $0) ?? "", end: statement.string(at: $0 + 1) ?? "")
                }
                row("\(key) (\(Self.shown(copied))) against \(statement.string(at: 5) ?? "") (\(Self.shown(produced))), \(which)"
                    + PeriodDays.sameDaysNote(periods), [key, statement.string(at: 5) ?? ""])
            }
        }
    }

    /// The number of the figure whose `value, censored, low, high` start at column `first`.
    private static func statedNumber(_ statement: Statement, from first: Int) -> StatedNumber {
        StatedNumber(
            value: statement.optionalDouble(at: first), censored: statement.int64(at: first + 1) != 0,
            low: statement.optionalDouble(at: first + 2), high: statement.optionalDouble(at: first + 3))
    }

    /// A number as published (`shownNumber`): its range where it has no value and is not censored.
    private static func shown(_ number: StatedNumber) -> String {
        shownNumber(value: number.value, censored: number.censored, low: number.low, high: number.high)
    }
}
