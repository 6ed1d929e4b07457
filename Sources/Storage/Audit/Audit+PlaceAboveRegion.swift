extension Audit {
    /// The message of the `place-above-region` warning.
    static let placeAboveRegionMessage = "a country's or region's count is larger than the count for a region that contains it, "
        + "for the same measure, period, subgroup (sex, age group, form), source and study, beyond their intervals (the inner "
        + "count at the low end of its own, the region's at the high end): a region's people or cases include "
        + "those of the countries and regions within it, so one of the two counts something else or is wrong (kept as published; "
        + "say so when citing)"

    /// Countries whose count (unit of dimension count: persons, cases) is larger than the count
    /// of a region they lie in, at the low end of the country's interval against the high end of
    /// the region's (`certainlyAbove`) (`place_members`, the world included), for the same measure,
    /// source, study (or none), unit, sex, age group and form, over the same days: `f-nga
    /// (Nigeria, 5000) > f-waf (Western Africa, 3000)`; and regions whose count is larger than
    /// that of a region they lie wholly within (`Place.regions(within:members:)`, the rule the
    /// brief's scope line and caution use): `sea (South-eastern Asia, 3000) > eap (East Asia and
    /// the Pacific, 2500)`, a region above the world too.
    ///
    /// Why regions too: UNODC's South-eastern Asia at 3,000 beside its East Asia and the Pacific
    /// at 2,500 and the world at 2,000, one report's numbers for one year, passed unflagged, while
    /// the brief's scope line said the one region lies within the other (a regional analyst's
    /// review, session 51); a regional aggregate is what such a user publishes.
    ///
    /// Why a warning: a source that gives Nigeria 5,000 victims and Western Africa 3,000 for the
    /// same year contradicts itself (a typo, a region defined otherwise, another measure), and a
    /// brief that cites one beside the other passes that on. Only counts: a rate or a share of a
    /// country may well be above its region's. Figures with a breakdown, censored counts and
    /// figures published only as a range are left out: their numbers are not one count of the
    /// same whole; nor are two studies of one source (a shelter survey's count for Nigeria beside
    /// police records' for Western Africa), which count two samples, not one population twice.
    func placesAboveRegions(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        var found: [(text: String, keys: [String])] = []
        // Two queries, not one UNION: the countries' query keeps the plan it had (one compound
        // query cost `tipdb check` some 0.5 s more over the bench's 100,000 figures), and the
        // rows of both are listed in one order, by the two keys, as SQLite's BINARY order has them.
        for query in [Self.placeAboveRegionQuery, Self.regionAboveRegionQuery] {
            try forEachRow(query) { pair in
                let written = [PeriodDays.written(start: pair.string(at: 6) ?? "", end: pair.string(at: 7) ?? ""),
                               PeriodDays.written(start: pair.string(at: 8) ?? "", end: pair.string(at: 9) ?? "")]
                // Each number with the bound it was compared at, where that is not its value.
                func shown(_ value: Double?, bound: Double?) -> String {
                    guard let value, let bound, bound != value else { return Self.number(value) }
                    return "\(Self.number(value)), counted as \(Self.number(bound))"
                }
                let (inner, outer) = (pair.optionalDouble(at: 2), pair.optionalDouble(at: 5))
                found.append((
                    "\(pair.string(at: 0) ?? "") (\(pair.string(at: 1) ?? ""), \(shown(inner, bound: pair.optionalDouble(at: 10) ?? inner))) > "
                        + "\(pair.string(at: 3) ?? "") (\(pair.string(at: 4) ?? ""), \(shown(outer, bound: MeasureSums.largest(value: outer, high: pair.optionalDouble(at: 11)))))"
                        + PeriodDays.sameDaysNote(written), [pair.string(at: 0) ?? "", pair.string(at: 3) ?? ""]))
            }
        }
        found.sort { a, b in
            a.keys[0] == b.keys[0] ? a.keys[1].utf8.lexicographicallyPrecedes(b.keys[1].utf8) : a.keys[0].utf8.lexicographicallyPrecedes(b.keys[0].utf8)
        }
        for finding in found { row(finding.text, finding.keys) }
    }

    /// Each figure of a region against the figures of its countries, in that order (CROSS JOIN
    /// keeps SQLite from turning it round): a region's countries are found by the key of
    /// `place_members`, and their figures by `figures_by_measure_place`; starting from the
    /// countries would look each one's regions up without an index.
    ///
    /// Only the regions' figures of a measure and source that give a country's count at all are
    /// read (`country_scopes`, one pass over the table): each region figure looks up the figures
    /// of every country the region holds, some 250 for the world, and 300,000 figures for the
    /// world of one source and measure (a user's generated file, session 46) made 75 million
    /// look-ups that found nothing, and `tipdb check` ran for more than ten minutes.
    ///
    /// Each country is looked up by the year its period ends in as well (`endsInYearSQL`, the
    /// third column of `figures_by_measure_place`): same days imply the same year, and without it
    /// every figure of the country and measure, some 500 over 30 years in `make bench`'s 100,000,
    /// was read for each region figure, and `tipdb check` ran for more than five minutes there.
    ///
    /// `regionAboveRegionQuery`, a region within another, goes the other way: from the figures of each
    /// region that lies within another and has figures at all (`region_within`, some 140 pairs
    /// worked out from `place_members` as `Place.regions(within:members:)` works them out), by
    /// `figures_by_place`, to the containing region's figures of the same measure and year by
    /// `figures_by_measure_place`. From the containing side, each of the bench's 3,500 world
    /// counts looked up some 50 regions, 175,000 look-ups, and the query took 0.3 s more; from the
    /// inner side it takes some 0.05 s.
    private static let placeAboveRegionQuery = """
        WITH country_scopes AS MATERIALIZED (
            SELECT DISTINCT f.measure, f.source FROM figures f JOIN places p ON p.code = f.place
            WHERE p.kind = 'country' AND f.censored = 0
        )
        SELECT c.key, cp.name, c.value, r.key, rp.name, r.value, c.period_start, c.period_end, r.period_start, r.period_end, c.low, r.high
        FROM country_scopes s
        CROSS JOIN figures r ON r.measure = s.measure AND r.source = s.source
        CROSS JOIN places rp ON rp.code = r.place AND rp.kind <> 'country'
        CROSS JOIN units u ON u.code = r.unit AND u.dimension = 'count'
        CROSS JOIN place_members pm ON pm.region = r.place
        CROSS JOIN figures c ON c.measure = r.measure AND c.place = pm.country
             AND \(PeriodDays.endsInYearSQL("c.period_end", of: "r.period_end")) -- // sql-constant: PeriodDays.endsInYearSQL, fixed column names
             AND c.source = r.source AND c.study IS r.study AND c.unit = r.unit
             AND c.sex = r.sex AND c.age_group = r.age_group AND c.form IS r.form
        CROSS JOIN places cp ON cp.code = c.place
        WHERE r.censored = 0 AND c.censored = 0 AND cp.kind = 'country' AND \(certainlyAbove) -- // sql-constant: certainlyAbove, fixed column names
          AND \(PeriodDays.sameDaysSQL("c", "r")) -- // sql-constant: PeriodDays.sameDaysSQL, fixed column names
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = c.key)
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = r.key)
        ORDER BY c.key, r.key
        """

    /// The inner place's count (`c`) above its region's (`r`) for certain: its smallest number (the
    /// low end of its interval, else its value) above the region's largest (the high end of its
    /// interval, else its value: `MeasureSums.largest`; SQLite's `max` of a NULL is NULL), both
    /// with a value (a range alone is left out).
    ///
    /// Why intervals: Germany's 12,000 (95 % interval 5,000 to 16,000) was called larger than
    /// Western Europe's 10,500 (9,000 to 20,000), intervals that overlap almost wholly, while a
    /// female 9,000 (5,000 to 11,000) beside its total 8,000 (6,000 to 10,000) was not: one question,
    /// two answers (a statistician's review, session 54). Compared as `subgroup-above-total` and
    /// `countries-above-region` compare, a country above its region is never a country
    /// `countries-above-region` also adds up.
    private static let certainlyAbove = """
        c.value IS NOT NULL AND r.value IS NOT NULL
          AND coalesce(c.low, c.value) > coalesce(max(r.high, r.value), r.value)
        """

    /// The regions lying wholly within another region, the world included, against it: see
    /// `placeAboveRegionQuery`'s last paragraph.
    private static let regionAboveRegionQuery = """
        WITH regions AS MATERIALIZED (SELECT DISTINCT region FROM place_members),
        region_within AS MATERIALIZED (
            SELECT o.region AS outer_region, i.region AS inner_region FROM regions o CROSS JOIN regions i
            WHERE i.region <> o.region AND EXISTS (SELECT 1 FROM figures x WHERE x.place = i.region)
              AND NOT EXISTS (SELECT 1 FROM place_members im WHERE im.region = i.region
                  AND NOT EXISTS (SELECT 1 FROM place_members om WHERE om.region = o.region AND om.country = im.country))
        )
        SELECT c.key, cp.name, c.value, r.key, rp.name, r.value, c.period_start, c.period_end, r.period_start, r.period_end, c.low, r.high
        FROM region_within w
        CROSS JOIN figures c ON c.place = w.inner_region
        CROSS JOIN units u ON u.code = c.unit AND u.dimension = 'count'
        CROSS JOIN figures r ON r.measure = c.measure AND r.place = w.outer_region
             AND \(PeriodDays.endsInYearSQL("r.period_end", of: "c.period_end")) -- // sql-constant: PeriodDays.endsInYearSQL, fixed column names
             AND r.source = c.source AND r.study IS c.study AND r.unit = c.unit
             AND r.sex = c.sex AND r.age_group = c.age_group AND r.form IS c.form
        CROSS JOIN places cp ON cp.code = c.place
        CROSS JOIN places rp ON rp.code = r.place
        WHERE r.censored = 0 AND c.censored = 0 AND \(certainlyAbove) -- // sql-constant: certainlyAbove, fixed column names
          AND \(PeriodDays.sameDaysSQL("c", "r")) -- // sql-constant: PeriodDays.sameDaysSQL, fixed column names
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = c.key)
          AND NOT EXISTS (SELECT 1 FROM figure_breakdowns b WHERE b.figure = r.key)
        """
}
