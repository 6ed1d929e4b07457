import Storage

/// Which reference periods a figure gives data for, as the data gaps count them.
extension GapAnalysis {
    /// The years, months or days (`unit`) `figure` covers, as spans: every unit of its period for
    /// a level (a prevalence over 1995-2004 describes the whole span), but only its two ends for a
    /// change between them, each end whole as written: a change over 2019-2022 covers the years
    /// 2019 and 2022, and under a month filter the twelve months of each; one over
    /// 2019-03/2022-03 covers March 2019 and March 2022 (and, counted in years, 2019 and 2022).
    ///
    /// Why one rule for every unit: "up 25% (2019-2022)" compares the 2019 and 2022 levels and
    /// says nothing about 2021. Counted as data for every year between, it hid a year the database
    /// holds nothing for, and a reader took 2018-2022 as covered; and when years and months were
    /// counted by two functions, `--period 2019` and `--from 2019-01 --to 2019-12` could tell two
    /// stories about one figure.
    static func unitsCovered(_ figure: FigureRecord, isChange: Bool, unit: GapUnit) -> [(first: Int, last: Int)] {
        let first = unit.first(figure.periodStart), last = max(first, unit.last(figure.periodEnd))
        return isChange ? [(first, max(first, unit.last(figure.periodStart))), (min(last, unit.first(figure.periodEnd)), last)] : [(first, last)]
    }

    /// Whether the figure's unit is a change over its period (`percent-change`, `USD-change`).
    static func isChange(_ figure: FigureRecord, catalog: Catalog) -> Bool {
        catalog.units[figure.unit]?.dimension == "change"
    }
}
