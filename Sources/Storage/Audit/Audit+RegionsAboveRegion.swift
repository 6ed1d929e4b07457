extension Audit {
    /// The name of the `regions-above-region` warning.
    static let regionsAboveRegionCheck = "regions-above-region"

    /// The message of the `regions-above-region` warning.
    static let regionsAboveRegionMessage = "the counts or amounts of money of regions of one system (the ILO's, UNODC's or UN M49's), "
        + "which share no country, add up to more than the count or amount of the world or of a region that contains them, beyond "
        + "rounding (counts from records, such as detected victims, at all), for the same measure, period, subgroup (sex, age group, "
        + "form), source and study, and for money the same currency and price year: a region's people, cases or money include those "
        + "of the regions within it, so one of the numbers counts something else or is wrong (kept as published; say so when citing, "
        + "and do not work out the regions' shares from them); regions of two systems are never added together, as they overlap, "
        + "nor amounts in two currencies or two years' prices"

    /// Sums of regions of one system above the world or a region containing them (`RegionSums`),
    /// each region at its smallest number, for the same measure, source, study (or none), unit,
    /// sex, age group and form, over the same days: `ILO regions: r-afr (Africa (ILO region),
    /// 3800000) + ... = 37500000 > r-wld (World, 27600000)`. Listed by the whole's key.
    ///
    /// Counts and amounts of money: a region's profits include those of the regions within it as
    /// its people do (the ILO's US$236 billion a year by region, session 54). Money only in one
    /// currency (the unit, `USD`) and one price year (`price_year`, or none recorded for all),
    /// never an amount per person, which does not add up.
    func regionsAboveRegions(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try regionsAboveRegions(batch: nil, row)
    }

    /// The sums of `regionsAboveRegions` that name a figure of `batch` (all of them without one):
    /// ingest's warning about the figures a file just loaded, placed at the first it gave.
    ///
    /// Why one pass over the regions' counts in the order of their slot, as `countriesAboveRegions`
    /// reads countries': a world count meets its regions in memory, one slot at a time. Only
    /// figures of regions are read (the world and the places `place_members` lists as regions), a
    /// small part of most tables; with `batch`, only those of the measures and sources it loaded.
    func regionsAboveRegions(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        var members: [String: Set<String>] = [:]
        try forEachRow("SELECT region, country FROM place_members") { pair in
            if let region = pair.string(at: 0), let country = pair.string(at: 1) { members[region, default: []].insert(country) }
        }
        guard !members.isEmpty else { return }
        var found: [(whole: String, text: String, keys: [String])] = []
        var slot: [String?] = []
        var figures: [RegionCount] = []
        func judge() {
            defer { figures.removeAll(keepingCapacity: true) }
            guard figures.count >= 3 else { return }
            let candidates = figures.map { (place: $0.place, kind: $0.kind) }
            for whole in figures {
                for system in RegionSums.parts(of: whole.place, candidates: candidates, members: members) {
                    let parts = system.indexes.map { figures[$0] }
                    guard parts.reduce(0, { $0 + $1.amount }) > whole.amount else { continue }
                    guard batch == nil || (parts + [whole]).contains(where: { $0.batch == batch }) else { continue }
                    guard let sum = MeasureSums.above(
                        whole: whole, wholeAmount: whole.amount, wholeCountedFromRecords: whole.countedFromRecords,
                        parts: parts.map { MeasureSums.Part(figure: $0, key: $0.key, measure: $0.place, amount: $0.amount, countedFromRecords: $0.countedFromRecords) })
                    else { continue }
                    let added = zip(sum.parts, sum.amounts).map { part, amount in
                        "\(part.key) (\(part.name), \(part.value == amount ? Self.number(part.value) : "\(Self.number(part.value)), counted as \(Self.number(amount))"))"
                    }
                    found.append((whole.key, "\(RegionSums.systemName(system.kind)): " + added.joined(separator: " + ")
                        + " = \(Self.number(sum.sum)) > \(whole.key) (\(whole.name), \(Self.number(whole.value)))"
                        + PeriodDays.sameDaysNote((sum.parts + [whole]).map(\.period)), sum.parts.map(\.key) + [whole.key]))
                }
            }
        }
        try forEachRow(Self.regionCountsBySlot + (batch == nil ? "" : Self.batchScopes) + " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 21, key",  // sql-constant: fixed parts
                       batch.map { [$0] } ?? []) { figure in
            let fields = (0...8).map { figure.string(at: $0) } + [figure.string(at: 20)]
            if fields != slot {
                judge()
                slot = fields
            }
            let value = figure.optionalDouble(at: 12)
            figures.append(RegionCount(
                key: figure.string(at: 9) ?? "", place: figure.string(at: 10) ?? "", kind: figure.string(at: 11) ?? "",
                name: figure.string(at: 15) ?? "", value: value,
                amount: MeasureSums.smallest(value: value, low: figure.optionalDouble(at: 13), censored: false),
                countedFromRecords: Measure.isCountedFromRecords(counts: figure.string(at: 16), method: figure.string(at: 14)),
                period: PeriodDays.written(start: figure.string(at: 17) ?? "", end: figure.string(at: 18) ?? ""),
                batch: figure.int64(at: 19)))
        }
        judge()
        for finding in found.sorted(by: { $0.whole.utf8.lexicographicallyPrecedes($1.whole.utf8) }) { row(finding.text, finding.keys) }
    }

    /// A count of a region in a slot of `regionCountsBySlot`: as a whole at its value (`value`),
    /// as a part at its smallest number (`amount`: its low end for a range).
    private struct RegionCount {
        let key: String
        let place: String
        let kind: String
        let name: String
        let value: Double?
        let amount: Double
        let countedFromRecords: Bool
        /// As `PeriodDays.sameDaysNote` takes it: `start` or `start/end`.
        let period: String
        let batch: Int64
    }

    /// Every count or amount of money (unit of dimension count, or money but per person) of the
    /// world or a region with a number, neither censored nor restricted by a breakdown, with its
    /// slot: measure, source, study, unit, sex, age group, form, first and last days (0-8) and price
    /// year (20); its key (9), place and its kind (10-11), value and low end (12-13), method (14),
    /// the place's name (15), what the measure counts (16), its period as stored (17-18) and batch
    /// (19). Ordered by the caller.
    private static let regionCountsBySlot = """
        SELECT f.measure, f.source, f.study, f.unit, f.sex, f.age_group, f.form,
               \(PeriodDays.firstDaySQL("f.period_start")) AS first_day, \(PeriodDays.lastDaySQL("f.period_end")) AS last_day, -- // sql-constant: PeriodDays.firstDaySQL and lastDaySQL, fixed column names
               f.key, f.place, p.kind, f.value, f.low, f.method, p.name,
               (SELECT m.counts FROM measures m WHERE m.code = f.measure), f.period_start, f.period_end, f.batch_id, f.price_year
        FROM figures f
        JOIN places p ON p.code = f.place AND p.kind <> 'country'
        JOIN units u ON u.code = f.unit AND (u.dimension = 'count' OR (u.dimension = 'money' AND u.code NOT LIKE '%-per-person'))
        WHERE f.censored = 0 AND f.value IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
        """

    /// With a batch (`?1`): only the measures and sources it loaded figures of (`countriesAboveRegions` too).
    static let batchScopes = "\n  AND (f.measure, f.source) IN (SELECT measure, source FROM figures WHERE batch_id = ?1)"
}
