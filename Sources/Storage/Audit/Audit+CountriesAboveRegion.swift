extension Audit {
    /// The message of the `countries-above-region` warning.
    static let countriesAboveRegionMessage = "the counts of countries add up to more than the count of a region that contains them, "
        + "beyond rounding (counts from records, such as detected victims, at all), for the same measure, period, subgroup (sex, age "
        + "group, form), source and study (each country at the low end of its range or interval, the region at the high end of "
        + "its own): a region's people or cases include its countries', and countries do not overlap, so one "
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
        let members = try placeMembers()
        guard !members.isEmpty else { return }
        var found: [(region: String, text: String, keys: [String])] = []
        try forEachPlaceSlot(
            Self.placeSumColumns + Self.placeCounts + (batch == nil ? "" : Self.batchScopes) + Self.placeSumOrder,  // sql-constant: fixed parts
            batch: batch
        ) { figures in
            let countries = figures.filter { $0.kind == "country" }
            guard countries.count >= 2 else { return }
            for region in figures where region.kind != "country" {
                guard let within = members[region.place],
                      let sum = Self.placeSum(whole: region, parts: countries.filter { within.contains($0.place) }, batch: batch)
                else { continue }
                found.append((region.key, Self.placeSumRow(sum), sum.parts.map(\.key) + [region.key]))
            }
        }
        for finding in found.sorted(by: { $0.region.utf8.lexicographicallyPrecedes($1.region.utf8) }) { row(finding.text, finding.keys) }
    }

    /// After `placeSumColumns`: every count (unit of dimension count) of a place with a number,
    /// neither censored nor restricted by a breakdown.
    private static let placeCounts = """
        FROM figures f
        JOIN places p ON p.code = f.place
        JOIN units u ON u.code = f.unit AND u.dimension = 'count'
        WHERE f.censored = 0 AND f.value IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
        """
}
