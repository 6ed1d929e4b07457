import Storage

/// Which reference years a figure gives data for, as the data gaps count them.
extension GapAnalysis {
    /// The years `figure` covers: every year of its period for a level (a prevalence over
    /// 1995-2004 describes the whole span), but only the two end years for a change between them.
    ///
    /// Why: "up 25% (2019-2022)" compares the 2019 and 2022 levels and says nothing about 2021;
    /// counted as data for every year between, it hid a year the database holds nothing for, and
    /// a reader took 2018-2022 as covered.
    static func yearsCovered(_ figure: FigureRecord, isChange: Bool) -> [Int] {
        let period = ReferencePeriod(start: figure.periodStart, end: figure.periodEnd)
        let end = max(period.startYear, period.endYear)
        return isChange ? [period.startYear, end] : Array(period.startYear...end)
    }

    /// The months or days (`unit`) `figure` covers, as spans: the whole period for a level, its
    /// two ends for a change, each whole as written (2019 as its twelve months), as `yearsCovered`
    /// counts years.
    static func unitsCovered(_ figure: FigureRecord, isChange: Bool, unit: GapUnit) -> [(first: Int, last: Int)] {
        let first = unit.first(figure.periodStart), last = max(first, unit.last(figure.periodEnd))
        // A change compares its two ends, each a whole year, month or day as written: a change
        // over 2019-2020 covers the months of 2019 and of 2020, as it covers those two years.
        return isChange ? [(first, max(first, unit.last(figure.periodStart))), (min(last, unit.first(figure.periodEnd)), last)] : [(first, last)]
    }

    /// Whether the figure's unit is a change over its period (`percent-change`, `USD-change`).
    static func isChange(_ figure: FigureRecord, catalog: Catalog) -> Bool {
        catalog.units[figure.unit]?.dimension == "change"
    }
}
