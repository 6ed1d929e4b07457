import ArgumentParser
import Report

/// The scope filters shared by `report brief`, `report sources` and `report studies`.
struct ReportFilterOptions: ParsableArguments {
    @Option(name: .customLong("measure"), help: ArgumentHelp(
        "A measure code or label (forced_labour too); includes its sub-measures. Repeat for several.", valueName: "measure"))
    var measures: [String] = []

    @Option(name: .customLong("concept"), help: ArgumentHelp(
        "trafficking, forced-labour, forced-marriage, modern-slavery, child-labour or other. Repeat for several.",
        valueName: "concept"))
    var concepts: [String] = []

    @Option(name: .customLong("place"), help: ArgumentHelp(
        "A place as ingest reads one: ISO alpha-2 or alpha-3 code, M49 number (035 or 35), place code, English name or alias; a region includes its countries. Repeat for several.", valueName: "place"))
    var places: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("First reference year, four digits (figures whose period ends earlier are left out).", valueName: "year"))
    var from: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("Last reference year, four digits (figures whose period starts later are left out).", valueName: "year"))
    var to: Int?

    /// The reference years as a figures file writes a period: `--period 2019` is `--from 2019 --to
    /// 2019`, and `--period 2015-2020` is `--from 2015 --to 2020`.
    ///
    /// Why: ingest, the brief's tables and SQL all say "period", so `--period 2019` is what a user
    /// types first, and it was an unknown option with no word of --from and --to.
    @Option(help: ArgumentHelp(
        "Years as a period, 2019 or 2015-2020: --from and --to.", valueName: "years"))
    var period: String?

    /// `--period` as its first and last year; nil when not given or not one or two four-digit years.
    private var periodYears: (from: Int, to: Int)? {
        guard let period else { return nil }
        // A hyphen or an en dash, as publications write a span (1995–2004).
        let parts = period.filter { !$0.isWhitespace }.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "\u{2013}", omittingEmptySubsequences: false) }
        let years = parts.compactMap { part in part.count == 4 && part.allSatisfy(\.isASCII) ? Int(part) : nil }
            .filter { (1000...9999).contains($0) }
        guard years.count == parts.count, let first = years.first, let last = years.last, years.count <= 2 else { return nil }
        return (first, last)
    }

    var filters: BriefFilters {
        BriefFilters(
            measures: measures, concepts: concepts, places: places,
            from: (from ?? periodYears?.from).map(PeriodBound.init(year:)), to: (to ?? periodYears?.to).map(PeriodBound.init(year:)),
            period: periodYears == nil ? nil : period)
    }

    func validate() throws {
        if let period {
            guard from == nil && to == nil else {
                throw ValidationError("--period \(period) gives the years --from and --to give; expected --period alone, or --from and --to")
            }
            guard let years = periodYears else {
                throw ValidationError("--period \(period) is not a year or a span of years; expected four-digit years, such as 2019 or 2015-2020")
            }
            if years.from > years.to {
                throw ValidationError("--period \(period) ends before it starts; give the earlier year first, such as 2015-2020")
            }
        }
        // Periods are stored with four-digit years: `--from 20` (meant as 2020) would keep every
        // figure without a word, so a year of another length is refused.
        for (name, year) in [("--from", from), ("--to", to)] {
            if let year, !(1000...9999).contains(year) {
                throw ValidationError("\(name) \(year) is not a year; expected four digits, such as 2020")
            }
        }
        if let from, let to, from > to {
            throw ValidationError("--from \(from) is after --to \(to); give the earlier year first")
        }
    }
}
