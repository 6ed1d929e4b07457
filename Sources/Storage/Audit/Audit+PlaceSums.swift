extension Audit {
    /// A figure of a place in one slot of `placeSumColumns`: a part at its smallest number, a
    /// whole at its largest, as `MeasureSums` compares them.
    struct PlaceFigure {
        let key: String
        let place: String
        /// The place's kind (`places.kind`): `country`, `world`, `ilo-region`, ...
        let kind: String
        let name: String
        let value: Double?
        /// What it adds as a part (`MeasureSums.smallest`: the low end of its range or interval).
        let smallest: Double
        /// What it is compared as as a whole (`MeasureSums.largest`: the high end of its interval).
        let largest: Double
        let countedFromRecords: Bool
        /// As `PeriodDays.sameDaysNote` takes it: `start` or `start/end`.
        let period: String
        let batch: Int64
    }

    /// The rule `countries-above-region` and `regions-above-region` share, the parts being
    /// countries for the one and regions of one system for the other: the sum of `parts` above
    /// `whole` (`MeasureSums.above`: each part at its smallest, two places at least, beyond
    /// rounding, none alone above the whole), the whole at its largest, the high end of its
    /// interval. Nil also where no figure of the sum is of `batch` (when there is one).
    ///
    /// Why the whole at its largest in both: `regions-above-region` took the world at its point
    /// estimate, and before that at its low end, after `countries-above-region` and the other sum
    /// rules had taken their wholes at the high end (session 54): regions whose lower bounds added
    /// up to 9,000 beside a world of 8,000 (7,000 to 10,000, 95% interval) were called a
    /// contradiction though 9,000 lies inside the world's own interval (session 55).
    static func placeSum(whole: PlaceFigure, parts: [PlaceFigure], batch: Int64?) -> MeasureSums.Sum<PlaceFigure>? {
        // A sum no larger than the whole at all needs no closer look.
        guard Set(parts.map(\.place)).count >= 2, parts.reduce(0, { $0 + $1.smallest }) > whole.largest else { return nil }
        guard batch == nil || (parts + [whole]).contains(where: { $0.batch == batch }) else { return nil }
        return MeasureSums.above(
            whole: whole, wholeAmount: whole.largest, wholeCountedFromRecords: whole.countedFromRecords,
            parts: parts.map { MeasureSums.Part(figure: $0, key: $0.key, measure: $0.place, amount: $0.smallest, countedFromRecords: $0.countedFromRecords) })
    }

    /// A sum of `placeSum` as check lists it, each number that was not compared at its value with
    /// the bound it was counted as: `gha (Ghana, 900) + nga (Nigeria, 1200, counted as 1100) =
    /// 2000 > waf (Western Africa, 1800, counted as 1900)`, and the days where periods are written
    /// two ways.
    static func placeSumRow(_ sum: MeasureSums.Sum<PlaceFigure>) -> String {
        func shown(_ figure: PlaceFigure, _ amount: Double) -> String {
            figure.value == amount ? number(figure.value) : "\(number(figure.value)), counted as \(number(amount))"
        }
        let added = zip(sum.parts, sum.amounts).map { part, amount in "\(part.key) (\(part.name), \(shown(part, amount)))" }
        return added.joined(separator: " + ") + " = \(number(sum.sum)) > \(sum.whole.key) (\(sum.whole.name), \(shown(sum.whole, sum.wholeAmount)))"
            + PeriodDays.sameDaysNote((sum.parts + [sum.whole]).map(\.period))
    }

    /// Each region's countries (`place_members`), the world's included.
    func placeMembers() throws -> [String: Set<String>] {
        var members: [String: Set<String>] = [:]
        try forEachRow("SELECT region, country FROM place_members") { pair in
            if let region = pair.string(at: 0), let country = pair.string(at: 1) { members[region, default: []].insert(country) }
        }
        return members
    }

    /// The figures `sql` reads (`placeSumColumns`, then its own FROM and WHERE, `placeSumOrder`),
    /// handed to `judge` one slot at a time.
    ///
    /// Why one pass in the order of the slots, not a join of each whole with its parts: over the
    /// bench's 100,000 figures that join ran for minutes (a world figure looks up every member
    /// country's figures of its measure, most of another source or period); sorted by slot, each
    /// slot's wholes meet their parts in memory.
    func forEachPlaceSlot(_ sql: String, batch: Int64?, _ judge: ([PlaceFigure]) -> Void) throws {
        var slot: [String?] = []
        var figures: [PlaceFigure] = []
        try forEachRow(sql, batch.map { [$0] } ?? []) { figure in
            let fields = (0...9).map { figure.string(at: $0) }
            if fields != slot {
                if !figures.isEmpty { judge(figures) }
                figures.removeAll(keepingCapacity: true)
                slot = fields
            }
            let value = figure.optionalDouble(at: 13)
            figures.append(PlaceFigure(
                key: figure.string(at: 10) ?? "", place: figure.string(at: 11) ?? "", kind: figure.string(at: 12) ?? "",
                name: figure.string(at: 17) ?? "", value: value,
                smallest: MeasureSums.smallest(value: value, low: figure.optionalDouble(at: 14), censored: false),
                largest: MeasureSums.largest(value: value, high: figure.optionalDouble(at: 15)) ?? 0,
                countedFromRecords: Measure.isCountedFromRecords(counts: figure.string(at: 18), method: figure.string(at: 16)),
                period: PeriodDays.written(start: figure.string(at: 19) ?? "", end: figure.string(at: 20) ?? ""),
                batch: figure.int64(at: 21)))
        }
        if !figures.isEmpty { judge(figures) }
    }

    /// The columns `forEachPlaceSlot` reads, from `figures f` and `places p`: the slot (0-9:
    /// measure, source, study, unit, sex, age group, form, first and last days, price year, none
    /// but for money), the key (10), place and its kind (11-12), value, low and high ends (13-15),
    /// method (16), the place's name (17), what the measure counts (18), the period as stored
    /// (19-20) and the batch (21).
    static let placeSumColumns = """
        SELECT f.measure, f.source, f.study, f.unit, f.sex, f.age_group, f.form,
               \(PeriodDays.firstDaySQL("f.period_start")) AS first_day, \(PeriodDays.lastDaySQL("f.period_end")) AS last_day, -- // sql-constant: PeriodDays.firstDaySQL and lastDaySQL, fixed column names
               f.price_year, f.key, f.place, p.kind, f.value, f.low, f.high, f.method, p.name,
               (SELECT m.counts FROM measures m WHERE m.code = f.measure), f.period_start, f.period_end, f.batch_id

        """

    /// The order `forEachPlaceSlot` needs: by slot, then by key.
    static let placeSumOrder = "\nORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"
}
