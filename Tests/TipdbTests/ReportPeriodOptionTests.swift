import Foundation
import Testing

/// `--period` gives a report's reference years as a figures file writes a period: `--period 2019`
/// is `--from 2019 --to 2019`, `--period 2015-2020` (or `2015–2020`, with an en dash) is `--from 2015
/// --to 2020`, `--period 2016-06` is `--from 2016-06 --to 2016-06`. It was an unknown option (exit
/// 64) that said nothing of `--from` and `--to`.
@Suite("report --period is --from and --to written as a period (built binary)")
struct ReportPeriodOptionTests {
    @Test("the same output as --from and --to in every report; with --from or --to, or not a period, a usage error saying why")
    func period() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let reports = [["brief", "--format", "csv", "--date", "2026-12-01"], ["sources"], ["studies"]]
            let spellings: [(period: [String], years: [String])] = [
                (["--period", "2021"], ["--from", "2021", "--to", "2021"]),
                (["--period", "2005-2016"], ["--from", "2005", "--to", "2016"]),
                (["--period=2005\u{2013}2016"], ["--from", "2005", "--to", "2016"]),
                (["--period", "2016-06"], ["--from", "2016-06", "--to", "2016-06"]),
            ]
            for report in reports {
                for (period, years) in spellings {
                    let expected = try Tipdb.run(["report"] + report + years, in: dir)
                    #expect(expected.status == 0 && !expected.stdout.isEmpty, "\(report) \(years): \(expected.stderr)")
                    let result = try Tipdb.run(["report"] + report + period, in: dir)
                    #expect(result.status == 0, "\(report) \(period): \(result.stderr)")
                    #expect(result.stdout == expected.stdout, "\(report) \(period)")
                }
            }
            let refusals: [([String], String)] = [
                (["--period", "2019", "--from", "2018"], "--period 2019 gives the years --from and --to give; expected --period alone, or --from and --to"),
                (["--period", "19"],
                 "--period 19: \"19\" is not a period; expected a year (2016), a span of years (1995-2004), a month (2019-06), a date (2019-06-30) or a start and end joined by a slash (2019-07/2019-09)"),
                (["--period", "2020-2015"], "--period 2020-2015 ends before it starts; give the earlier year first, such as 2015-2020"),
            ]
            for (arguments, message) in refusals {
                let result = try Tipdb.run(["report", "brief"] + arguments, in: dir)
                #expect(result.status == 64, "\(arguments)")
                #expect(result.stderr.hasPrefix("tipdb: error: \(message)\n"), "\(arguments): \(result.stderr)")
            }
        }
    }
}
