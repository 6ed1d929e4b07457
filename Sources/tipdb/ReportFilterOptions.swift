import ArgumentParser
import Ingest
import Report

/// The scope filters shared by `report brief`, `report sources` and `report studies`.
struct ReportFilterOptions: ParsableArguments {
    @Option(name: .customLong("measure"), help: ArgumentHelp(
        "A code or label, its words in any order or spelling (forced_labour, forced labor); includes its sub-measures. Repeat for several.", valueName: "measure"))
    var measures: [String] = []

    @Option(name: .customLong("concept"), help: ArgumentHelp(
        "trafficking, forced-labour, forced-marriage, modern-slavery, child-labour or other. Repeat for several.",
        valueName: "concept"))
    var concepts: [String] = []

    @Option(name: .customLong("place"), help: ArgumentHelp(
        "A place as ingest reads one: ISO alpha-2 or alpha-3 code, M49 number (035 or 35), place code, English name or alias; a region includes its countries. Repeat for several.", valueName: "place"))
    var places: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "First year, month or day (2019, 2019-06, 2019-06-30); figures ending earlier are left out.", valueName: "period"))
    var from: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Last year, month or day; figures starting later are left out.", valueName: "period"))
    var to: String?

    /// The reference periods as a figures file writes a period, read by ingest's parser:
    /// `--period 2019` is `--from 2019 --to 2019`, `--period 2015-2020` is `--from 2015 --to 2020`,
    /// `--period 2019-01/2019-06` is `--from 2019-01 --to 2019-06`.
    ///
    /// Why: ingest, the brief's tables and SQL all say "period", so `--period 2019` is what a user
    /// types first, and it was an unknown option with no word of --from and --to. The help is one
    /// line, as `report brief --help` must stay under 80; the README lists the forms.
    @Option(help: ArgumentHelp("A period as ingest reads one: --from and --to.", valueName: "period"))
    var period: String?

    /// The first and last reference periods asked for, read and checked; nil where not given.
    ///
    /// - Throws: `ValidationError` for a value that is no period, or bounds in the wrong order.
    private func bounds() throws -> (from: PeriodBound?, to: PeriodBound?) {
        if let period {
            guard from == nil && to == nil else {
                // "the years" as before for years; a month or a day is no year.
                let years = (try? ReportPeriodReader.period(period)).map { $0.from.isYear && $0.to.isYear } ?? true
                throw ValidationError(
                    "--period \(period) gives the \(years ? "years" : "periods") --from and --to give; expected --period alone, or --from and --to")
            }
            let bounds = try ReportPeriodReader.period(period)
            return (bounds.from, bounds.to)
        }
        let first = try from.map { try ReportPeriodReader.bound($0, option: "--from") }
        let last = try to.map { try ReportPeriodReader.bound($0, option: "--to") }
        if let first, let last, first.firstDay > last.lastDay {
            let noun = first.isYear && last.isYear ? "year" : "period"
            throw ValidationError("--from \(first) is after --to \(last); give the earlier \(noun) first")
        }
        return (first, last)
    }

    /// The filters as given; `validate()` has refused any period option that does not read.
    var filters: BriefFilters {
        let bounds: (from: PeriodBound?, to: PeriodBound?) = (try? bounds()) ?? (nil, nil)
        return BriefFilters(
            measures: measures, concepts: concepts, places: places, from: bounds.from, to: bounds.to,
            period: period)
    }

    /// Warns, on standard error, of each period option that is also a financial year (`--period
    /// 2011-12`: December 2011, or 2011/12?), in ingest's words for such a period cell.
    ///
    /// Why: a brief on "2011-12" meant as the financial year covered one month without a word,
    /// while ingest warns of the same text in a file. A warning, not a refusal: December 2011 is
    /// a period a figure can have (exit 0, the report as asked).
    func warnOfFinancialYears() {
        for (option, text) in [("--period", period), ("--from", from), ("--to", to)] {
            guard let text, let warning = FinancialYear.monthWarning(text, outcome: "reporting on the month") else { continue }
            Warning.print("\(option) \(text): \(warning)")
        }
    }

    func validate() throws {
        _ = try bounds()
    }
}
