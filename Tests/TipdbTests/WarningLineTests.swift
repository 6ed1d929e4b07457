import Foundation
import Testing

/// `warning:` lines come from one printer (`Warning`): the same prefix, stream and line break for
/// ingest and derive, printed with `--json` too, since they concern the data or the options.
@Suite("warning: lines of derive and ingest (built binary)")
struct WarningLineTests {
    @Test("derive ctdc --min-cell below 11 warns on standard error, as text and with --json")
    func deriveMinCell() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = dir.appendingPathComponent("cases.csv")
            try Data(CaseFiles.synthetic([(30, "2019", "USA"), (20, "2020", "USA")]).utf8).write(to: file)
            let ingest = try Tipdb.run(["ingest", "--quiet", "--format", "ctdc", "--dataset", "sample", file.path], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let warning = "warning: --min-cell 5 is below CTDC's own minimum cell size of 11\n"
            for json in [[], ["--json"]] {
                let derive = try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "year", "--min-cell", "5", "--dry-run"] + json, in: dir)
                #expect(derive.status == 0, "\(derive.stderr)")
                #expect(derive.stderr.hasPrefix(warning), "\(json) \(derive.stderr)")
            }
        }
    }

    @Test("an ingest warning is printed with --quiet and with --json, at its row")
    func ingestWarning() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,title,publisher\nx,Survey X,Institute X\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("key,measure,value,unit,place,period,source\nbare,detected-trafficking-victims,38,percent,WLD,2018,x\n", "shares.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv"], in: dir).status == 0)
            for flag in ["--quiet", "--json"] {
                let result = try Tipdb.run(["ingest", "--dry-run", flag, "shares.csv"], in: dir)
                #expect(result.status == 0, "\(result.stderr)")
                #expect(IngestPartWarningTests.warnings(result.stderr) == ["warning: shares.csv:2:38: unit: \(ShareSubgroupWarningTests.message)"], "\(flag) \(result.stderr)")
            }
        }
    }
}
