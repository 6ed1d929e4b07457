extension Audit {
    /// A figure as the subgroup rules read it.
    private typealias Member = AuditedFigure

    /// A figure's number as published: its value, `<k` for a censored count (never its bound
    /// alone), or its range when published only as one.
    private static func shown(_ member: Member) -> String {
        shownNumber(value: member.value, censored: member.censored, low: member.low, high: member.high)
    }

    /// A figure's number as published (`shown`), with the number it was compared with where its
    /// value is another (`12000, counted as 5000`: an interval's lower bound for a part, its upper
    /// bound for a whole). A censored count or a range without a value shows its bounds already.
    private static func counted(_ member: Member, as amount: Double?) -> String {
        guard let value = member.value, let amount, amount != value else { return shown(member) }
        return "\(shown(member)), counted as \(number(amount))"
    }

    /// Each subgroup figure once, with the first of its totals it exceeds (`SubgroupTotals`, the
    /// rule the brief's caution applies too), from the audit's one reading of the figures for both
    /// subgroup checks (`subgroupScan`).
    func subgroupsAboveTotals(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        for found in try subgroupScan.findings(of: self).above { row(found.text, found.keys) }
    }

    /// Subgroups that cannot overlap whose numbers add up to more than their total (`SubgroupSums`,
    /// the rule the brief's caution applies too), from the same reading as `subgroupsAboveTotals`.
    func partsAboveTotals(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        for found in try subgroupScan.findings(of: self).sums { row(found.text, found.keys) }
    }

    /// The rows of both subgroup checks, each sorted by the key of the figure it is about (the
    /// subgroup; for a sum, its total), in byte order, as SQLite sorts text and as the brief lists them.
    ///
    /// The figures are read once, only those in units that add up, with SQLite ordering them by
    /// group (its sorter spills to a temporary file, so a large table costs disk, not memory), and
    /// each group is judged as soon as it is complete: memory holds one group and the rows found,
    /// not every figure (holding them all peaked at 850 MB over 1,000,000 figures). A self-join
    /// pairing every subgroup with every total of its group was quadratic, and ran for minutes on
    /// a database filled with the sqlite3 shell.
    ///
    /// With `batch`, only the groups (measure, place, period) that hold a figure of that ingest
    /// batch are read, by `figures_by_batch` and `figures_by_measure_place`, and only the rows that
    /// name one of its figures are kept: ingest's warning about the rows it just loaded.
    ///
    /// Each row comes with the keys of the figures it names (the subgroup and its total; a sum's
    /// parts and total), for ingest to place its warnings (`BatchFinding`) and for check's `rowKeys`.
    ///
    /// A figure's one breakdown is read with its dimension and whether its category is `Total`, so
    /// that a category is compared with its dimension's total (`SubgroupTotals.smallestDimensionTotals`).
    func subgroupFindingRows(batch: Int64? = nil) throws -> (above: [(text: String, keys: [String])], sums: [(text: String, keys: [String])]) {
        var dimensions: [String: String] = [:]
        for row in try db.rows("SELECT code, dimension FROM units") {
            if let code = row.string("code"), let dimension = row.string("dimension") { dimensions[code] = dimension }
        }
        // What each measure counts: counts from records are exact, and get no rounding allowance in a sum.
        var counts: [String: String] = [:]
        for row in try db.rows("SELECT code, counts FROM measures") {
            if let code = row.string("code"), let kind = row.string("counts") { counts[code] = kind }
        }
        // Releases of one bulk export are one origin (`SubgroupTotals`): SQLite orders by the
        // series where there is one, so that a group's figures still arrive together, and each
        // row brings its series for the comparison.
        let origin = { (member: Member) in SubgroupTotals.origin(source: member.source, series: member.series) }
        // Periods group by their days (`PeriodDays`), which SQLite orders by too.
        let statement = try db.prepare("""
            SELECT f.key, f.measure, f.place, f.period_start, f.period_end, f.source, f.unit, f.sex, f.age_group, f.form,
                   f.value, f.low, f.high,
                   (SELECT CASE count(*) WHEN 0 THEN NULL WHEN 1 THEN max(b.dimension) || '|' || max(b.category)
                           ELSE '|' END FROM figure_breakdowns b WHERE b.figure = f.key) AS breakdown,
                   (SELECT max(v.series) FROM series_vintages v WHERE v.source = f.source) AS series, f.batch_id,
            """ + " " + PeriodDays.firstDaySQL("f.period_start") + " AS first_day, "
            + PeriodDays.lastDaySQL("f.period_end") + " AS last_day, f.censored, f.study, f.method\n"
            + (batch == nil ? "FROM figures f WHERE" : Self.batchGroups + " AND") + """
             f.unit IN (SELECT code FROM units WHERE dimension IN (SELECT value FROM json_each(?1)))
            ORDER BY f.measure, f.place, first_day, last_day, series IS NULL, coalesce(series, f.source), f.study, f.unit
            """)
        try statement.bind([JSONString.array(SubgroupTotals.dimensions.sorted())] + (batch.map { [$0] } ?? []))
        var group: [Member] = []
        var above: [(key: String, text: String, keys: [String])] = []
        var sums: [(key: String, text: String, keys: [String])] = []
        func judgeGroup() {
            let (pairs, found) = SubgroupSums.judge(
                inGroup: group, dimension: group.first.flatMap { dimensions[$0.unit] }, counts: group.first.flatMap { counts[$0.measure] })
            for pair in pairs where batch == nil || [pair.subgroup, pair.total].contains(where: { $0.batch == batch }) {
                let note = PeriodDays.sameDaysNote([pair.subgroup.written, pair.total.written])
                let subgroup = Self.counted(pair.subgroup, as: pair.subgroup.low ?? pair.subgroup.value)
                above.append((pair.subgroup.key, "\(pair.subgroup.key) (\(subgroup)) > \(pair.total.key) (\(Self.counted(pair.total, as: pair.totalNumber)))" + note,
                              [pair.subgroup.key, pair.total.key]))
            }
            for sum in found where batch == nil || (sum.parts + [sum.total]).contains(where: { $0.batch == batch }) {
                sums.append((sum.total.key, Self.described(sum), sum.parts.map(\.key) + [sum.total.key]))
            }
            group.removeAll(keepingCapacity: true)
        }
        while try statement.step() {
            // Its one breakdown as `dimension|category`, `|` for several; nil for none.
            let breakdown = statement.string(at: 13)
            let dimension = breakdown.map { String($0.prefix { $0 != "|" }) }
            let category = breakdown.flatMap { text in text.firstIndex(of: "|").map { String(text[text.index(after: $0)...]) } }
            let member = Member(
                key: statement.string(at: 0) ?? "", measure: statement.string(at: 1) ?? "",
                place: statement.string(at: 2) ?? "", periodStart: statement.string(at: 16) ?? "",
                periodEnd: statement.string(at: 17) ?? "",
                written: PeriodDays.written(start: statement.string(at: 3) ?? "", end: statement.string(at: 4) ?? ""),
                source: statement.string(at: 5) ?? "", study: statement.string(at: 19),
                unit: statement.string(at: 6) ?? "", sex: statement.string(at: 7) ?? "total",
                ageGroup: statement.string(at: 8) ?? "total", form: statement.string(at: 9),
                value: statement.optionalDouble(at: 10), censored: statement.int64(at: 18) != 0, low: statement.optionalDouble(at: 11),
                high: statement.optionalDouble(at: 12), hasBreakdown: breakdown != nil,
                method: statement.string(at: 20) ?? "estimated", series: statement.string(at: 14), batch: statement.int64(at: 15),
                breakdownDimension: dimension?.isEmpty == false ? dimension : nil,
                isDimensionTotal: dimension?.isEmpty == false && category?.lowercased() == "total",
                breakdownCategory: dimension?.isEmpty == false ? category : nil)
            if let first = group.first, !SubgroupTotals.sameGroup(first, member, origin: origin) { judgeGroup() }
            group.append(member)
        }
        judgeGroup()
        func sorted(_ rows: [(key: String, text: String, keys: [String])]) -> [(text: String, keys: [String])] {
            rows.enumerated().sorted {
                $0.element.key == $1.element.key ? $0.offset < $1.offset : $0.element.key.utf8.lexicographicallyPrecedes($1.element.key.utf8)
            }.map { ($0.element.text, $0.element.keys) }
        }
        return (sorted(above), sorted(sums))
    }

    /// The groups of one ingest batch (`?2`): the figures of every measure and place some figure
    /// of the batch has, ending in the year it ends in (every period covering its days does),
    /// whichever batch wrote them, looked up by `figures_by_measure_place` as a range of `period_end`.
    static let batchGroups = """
        FROM (SELECT DISTINCT measure, place, substr(period_end, 1, 4) AS year FROM figures WHERE batch_id = ?2) loaded
        CROSS JOIN figures f
        WHERE f.measure = loaded.measure AND f.place = loaded.place AND
        """ + " " + PeriodDays.endsInYearSQL("f.period_end", of: "loaded.year")

    /// A sum as check lists it: `women (3) + men (3) = 6 > all (5)`, each part with the number it
    /// adds (`counted as 3` where that is not its value: a range's low end, `<5, counted as 1` for
    /// a censored one), the total as published and, where it has an interval, the upper bound it
    /// was compared with (`8000, counted as 10000`).
    private static func described(_ sum: SubgroupSums.Sum<Member>) -> String {
        let parts = zip(sum.parts, sum.amounts).map { part, amount in
            let shown = Self.shown(part)
            return "\(part.key) (\(part.value == amount ? shown : "\(shown), counted as \(number(amount))"))"
        }
        return parts.joined(separator: " + ") + " = \(number(sum.sum)) > \(sum.total.key) (\(counted(sum.total, as: sum.totalAmount)))"
            + PeriodDays.sameDaysNote((sum.parts + [sum.total]).map(\.written))
    }
}
