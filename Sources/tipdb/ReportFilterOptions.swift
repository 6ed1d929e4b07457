import ArgumentParser
import Report

/// The scope filters shared by `report brief`, `report sources` and `report studies`.
struct ReportFilterOptions: ParsableArguments {
    @Option(name: .customLong("measure"), help: ArgumentHelp(
        "A measure code (also with _ or spaces between its words, as ingest reads it) or label; includes its sub-measures. Repeat for several.", valueName: "measure"))
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

    var filters: BriefFilters {
        BriefFilters(measures: measures, concepts: concepts, places: places, from: from, to: to)
    }

    func validate() throws {
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
