import Foundation
import Testing

/// A report's `--measure` reads a measure as ingest reads one in a file: its code or label, or its
/// code with `_` or spaces between the words (`forced_labour`, `Detected Trafficking Victims`).
/// `--measure forced_labour` was a usage error ("did you mean forced-labour, ...?") for a spelling
/// a figures file loads.
@Suite("report --measure takes the spellings of a measure ingest takes (built binary)")
struct ReportMeasureSpellingTests {
    @Test("the code with underscores or spaces, in any case, selects what the code selects, in every report")
    func spellings() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            // Ingest takes both spellings in a file.
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                fra-fl,forced_labour,100,persons,FRA,2019,ilo-2005-global-alliance
                fra-dv,Detected Trafficking Victims,40,persons,FRA,2019,ilo-2005-global-alliance

                """, "spelled.csv", in: dir)
            let load = try Tipdb.run(["ingest", "spelled.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let reports = [["brief", "--format", "csv", "--date", "2026-12-01"], ["sources"], ["studies"]]
            let spellings: [(reference: String, others: [String])] = [
                ("forced-labour", ["forced_labour", "Forced_Labour", "FORCED LABOUR", " forced_labour "]),
                ("detected-trafficking-victims", ["detected_trafficking_victims", "Detected Trafficking Victims"]),
            ]
            for report in reports {
                for (reference, others) in spellings {
                    let expected = try Tipdb.run(["report"] + report + ["--measure", reference], in: dir)
                    #expect(expected.status == 0 && !expected.stdout.isEmpty, "\(report) \(reference): \(expected.stderr)")
                    for measure in others {
                        let result = try Tipdb.run(["report"] + report + ["--measure", measure], in: dir)
                        #expect(result.status == 0, "\(report) --measure '\(measure)': \(result.stderr)")
                        #expect(result.stdout == expected.stdout, "\(report) --measure '\(measure)'")
                    }
                }
            }
            // Words of another measure's code still name nothing, with the suggestions as before.
            let other = try Tipdb.run(["report", "brief", "--measure", "forced_labor"], in: dir)
            #expect(other.status == 64)
            #expect(other.stderr.hasPrefix("tipdb: error: unknown measure \"forced_labor\"; did you mean \"forced-labour\""), "\(other.stderr)")
        }
    }
}
