extension Audit {
    /// The message of the `countries-above-region` warning.
    static let countriesAboveRegionMessage = "the counts of countries add up to more than the count of a region that contains them, "
        + "beyond rounding (counts from records, such as detected victims, at all), for the same measure, period, subgroup (sex, age "
        + "group, form), source and study: a region's people or cases include its countries', and countries do not overlap, so one "
        + "of the counts counts something else or is wrong (kept as published; say so when citing, and do not work out the "
        + "countries' shares of the region from them)"

    /// Regions whose count is smaller than the sum of the counts of countries they contain
    /// (`place_members`, the world included), each country at its smallest number (its low end
    /// for a range or interval, the smallest of its figures where it has several), the region at
    /// its largest (the high end of its interval: `MeasureSums.largest`), for the same measure,
    /// source, study (or none), unit, sex, age group and form, over the same days: `gha (Ghana,
    /// 900) + nga (Nigeria, 1200) = 2100 > waf (Western Africa, 2000)`. The rule of
    /// `parts-above-whole`, with countries for the parts (`MeasureSums`), so a brief names the same sums.
    ///
    /// Why: `place-above-region` names a country larger than its region alone; Nigeria's 1,200
    /// and Ghana's 900 beside Western Africa's 2,000, from one dataset, are each below it and still
    /// cannot all be right, and a reader who works out each country's share (60 % and 45 %) finds
    /// the contradiction the brief passed on as data (review of session 48). A sum one of whose
    /// countries alone is above the region is left to `place-above-region`, which names that country.
    ///
    /// Why one pass over the counts in the order of their slot, not `place-above-region`'s join
    /// of each region figure with its countries' figures: over the bench's 100,000 figures that
    /// join runs for minutes (a world figure looks up every member country's figures of its
    /// measure, and most are of another source or period), and a second rule of its kind doubled
    /// check's time. Sorted by slot, each slot's regions meet its countries in memory, one slot at
    /// a time. Rows are listed by the region figure's key.
    func countriesAboveRegions(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try countriesAboveRegions(batch: nil, row)
    }

    /// The sums of `countriesAboveRegions` that name a figure of `batch` (all of them without one):
    /// ingest's warning about the figures a file just loaded, placed at the first it gave, as
    /// `regions-above-region`'s is.
    ///
    /// Why: check named Ghana's 900 and Nigeria's 1,200 above Western Africa's 2,000, but the
    /// ingest that loaded the three from one file said nothing, where it warned of the ILO's regions
    /// above the world (session 54). With `batch`, only the measures and sources it loaded are read.
    func countriesAboveRegions(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        var members: [String: Set<String>] = [:]
        try forEachRow("SELECT region, country FROM place_members") { pair in
            if let region = pair.string(at: 0), let country = pair.string(at: 1) { members[region, default: []].insert(country) }
        }
        guard !members.isEmpty else { return }
        var found: [(region: String, text: String, keys: [String])] = []
        var slot: [String?] = []
        var regions: [CountedPlace] = [], countries: [CountedPlace] = []
        func judge() {
            defer { regions.removeAll(keepingCapacity: true); countries.removeAll(keepingCapacity: true) }
            guard countries.count >= 2 else { return }
            for region in regions {
                guard let within = members[region.place] else { continue }
                let parts = countries.filter { within.contains($0.place) }
                guard Set(parts.map(\.place)).count >= 2, parts.reduce(0, { $0 + $1.amount }) > region.amount else { continue }
                guard batch == nil || (parts + [region]).contains(where: { $0.batch == batch }) else { continue }
                guard let sum = MeasureSums.above(
                    whole: region, wholeAmount: region.amount, wholeCountedFromRecords: region.countedFromRecords,
                    parts: parts.map { MeasureSums.Part(figure: $0, key: $0.key, measure: $0.place, amount: $0.amount, countedFromRecords: $0.countedFromRecords) })
                else { continue }
                let added = zip(sum.parts, sum.amounts).map { part, amount in
                    "\(part.key) (\(part.name), \(part.value == amount ? Self.number(part.value) : "\(Self.number(part.value)), counted as \(Self.number(amount))"))"
                }
                // The region at its upper bound, where that is what the countries were compared with.
                let regionShown = region.value == region.amount
                    ? Self.number(region.value) : "\(Self.number(region.value)), counted as \(Self.number(region.amount))"
                found.append((region.key, added.joined(separator: " + ") + " = \(Self.number(sum.sum)) > \(region.key) (\(region.name), "
                    + "\(regionShown))" + PeriodDays.sameDaysNote((sum.parts + [region]).map(\.period)), sum.parts.map(\.key) + [region.key]))
            }
        }
        try forEachRow(
            Self.countsBySlot + (batch == nil ? "" : Self.batchScopes)  // sql-constant: fixed parts
                + "\nORDER BY f.measure, f.source, f.study, f.unit, f.sex, f.age_group, f.form, first_day, last_day, f.key",
            batch.map { [$0] } ?? []
        ) { figure in
            let fields = (1...7).map { figure.string(at: $0) } + [figure.string(at: 8), figure.string(at: 9)]
            if fields != slot {
                judge()
                slot = fields
            }
            let value = figure.optionalDouble(at: 12), low = figure.optionalDouble(at: 13)
            let counted = CountedPlace(
                key: figure.string(at: 0) ?? "", place: figure.string(at: 10) ?? "", name: figure.string(at: 15) ?? "", value: value,
                amount: figure.int64(at: 11) != 0
                    ? MeasureSums.smallest(value: value, low: low, censored: false)
                    : MeasureSums.largest(value: value, high: figure.optionalDouble(at: 19)) ?? 0,
                countedFromRecords: Measure.isCountedFromRecords(counts: figure.string(at: 16), method: figure.string(at: 14)),
                period: PeriodDays.written(start: figure.string(at: 17) ?? "", end: figure.string(at: 18) ?? ""),
                batch: figure.int64(at: 20))
            if figure.int64(at: 11) != 0 { countries.append(counted) } else if members[counted.place] != nil { regions.append(counted) }
        }
        judge()
        for finding in found.sorted(by: { $0.region.utf8.lexicographicallyPrecedes($1.region.utf8) }) { row(finding.text, finding.keys) }
    }

    /// A count of a country or region in a slot of `countsBySlot`: the region at its largest
    /// (`MeasureSums.largest`: the upper bound of its interval), a country at its smallest (`amount`).
    private struct CountedPlace {
        let key: String
        let place: String
        let name: String
        let value: Double?
        let amount: Double
        let countedFromRecords: Bool
        /// As `PeriodDays.sameDaysNote` takes it: `start` or `start/end`.
        let period: String
        let batch: Int64
    }

    /// Every count (unit of dimension count) with a number, neither censored nor restricted by a
    /// breakdown, in the order of its slot: measure, source, study, unit, sex, age group, form,
    /// then its first and last days (1-9); its key (0), place (10), whether that is a country
    /// (11), value and low end (12-13), method (14), the place's name (15), what the measure
    /// counts (16), its period as stored (17-18), its high end (19) and its batch (20). Ordered by
    /// the caller.
    private static let countsBySlot = """
        SELECT f.key, f.measure, f.source, f.study, f.unit, f.sex, f.age_group, f.form,
               \(PeriodDays.firstDaySQL("f.period_start")) AS first_day, \(PeriodDays.lastDaySQL("f.period_end")) AS last_day, -- // sql-constant: PeriodDays.firstDaySQL and lastDaySQL, fixed column names
               f.place, p.kind = 'country', f.value, f.low, f.method, p.name,
               (SELECT m.counts FROM measures m WHERE m.code = f.measure), f.period_start, f.period_end, f.high, f.batch_id
        FROM figures f
        JOIN places p ON p.code = f.place
        JOIN units u ON u.code = f.unit AND u.dimension = 'count'
        WHERE f.censored = 0 AND f.value IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
        """
}
