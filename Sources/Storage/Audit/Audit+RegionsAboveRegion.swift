extension Audit {
    /// The name of the `regions-above-region` warning.
    static let regionsAboveRegionCheck = "regions-above-region"

    /// The message of the `regions-above-region` warning.
    static let regionsAboveRegionMessage = "the counts or amounts of money of regions of one system (the ILO's, UNODC's or UN M49's), "
        + "which share no country, add up to more than the count or amount of the world or of a region that contains them, beyond "
        + "rounding (counts from records, such as detected victims, at all), for the same measure, period, subgroup (sex, age group, "
        + "form), source and study, and for money the same currency and price year (each region at the low end of its range or "
        + "interval, the whole at the high end of its own): a region's people, cases or money include those "
        + "of the regions within it, so one of the numbers counts something else or is wrong (kept as published; say so when citing, "
        + "and do not work out the regions' shares from them); regions of two systems are never added together, as they overlap, "
        + "nor amounts in two currencies or two years' prices"

    /// Sums of regions of one system above the world or a region containing them (`RegionSums`),
    /// each region at its smallest number (the low end of its range or interval), the whole at its
    /// largest (the high end of its interval: `MeasureSums.largest`), for the same measure, source,
    /// study (or none), unit, sex, age group and form, over the same days: `ILO regions: r-afr
    /// (Africa (ILO region), 3800000) + ... = 37500000 > r-wld (World, 27600000)`, a number
    /// compared at a bound with it, `r-wld (World, 8000, counted as 10000)`. Listed by the whole's key.
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
    /// One pass over the regions' figures in the order of their slot (`forEachPlaceSlot`), as
    /// `countriesAboveRegions` reads countries'. Only figures of regions are read (the world and
    /// the places `place_members` lists as regions), a small part of most tables; with `batch`,
    /// only those of the measures and sources it loaded.
    func regionsAboveRegions(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let members = try placeMembers()
        guard !members.isEmpty else { return }
        var found: [(whole: String, text: String, keys: [String])] = []
        try forEachPlaceSlot(
            Self.placeSumColumns + Self.regionFigures + (batch == nil ? "" : Self.batchScopes) + Self.placeSumOrder,  // sql-constant: fixed parts
            batch: batch
        ) { figures in
            guard figures.count >= 3 else { return }
            let candidates = figures.map { (place: $0.place, kind: $0.kind) }
            for whole in figures {
                for system in RegionSums.parts(of: whole.place, candidates: candidates, members: members) {
                    guard let sum = Self.placeSum(whole: whole, parts: system.indexes.map { figures[$0] }, batch: batch) else { continue }
                    found.append((whole.key, "\(RegionSums.systemName(system.kind)): " + Self.placeSumRow(sum), sum.parts.map(\.key) + [whole.key]))
                }
            }
        }
        for finding in found.sorted(by: { $0.whole.utf8.lexicographicallyPrecedes($1.whole.utf8) }) { row(finding.text, finding.keys) }
    }

    /// After `placeSumColumns`: every count or amount of money (unit of dimension count, or money
    /// but per person) of the world or a region with a number, neither censored nor restricted by
    /// a breakdown.
    private static let regionFigures = """
        FROM figures f
        JOIN places p ON p.code = f.place AND p.kind <> 'country'
        JOIN units u ON u.code = f.unit AND (u.dimension = 'count' OR (u.dimension = 'money' AND u.code NOT LIKE '%-per-person'))
        WHERE f.censored = 0 AND f.value IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = f.key)
        """

    /// With a batch (`?1`): only the measures and sources it loaded figures of (`countriesAboveRegions` too).
    static let batchScopes = "\n  AND (f.measure, f.source) IN (SELECT measure, source FROM figures WHERE batch_id = ?1)"
}
