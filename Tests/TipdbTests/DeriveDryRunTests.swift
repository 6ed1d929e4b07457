import Foundation
import Testing

/// `tipdb derive ctdc --dry-run` says what a real run would do, with its counts and its notes, and
/// `--show` marks a derived figure whose correction the derivation keeps.
///
/// Why: a dry run's summary ended "dry run: nothing written", without the figures a real run would
/// update, and without the note a real run prints for a correction it keeps; `--show` listed the
/// derived number as if the database held it, while briefs print the corrected one.
@Suite("derive ctdc --dry-run: the real run's counts and notes; --show and --json mark a kept correction (built binary)")
struct DeriveDryRunTests {
    /// 20 people in the USA and 30 in Mexico, all registered in 2019.
    private static var cases: String {
        var text = CaseFiles.syntheticHeader + "\n"
        for (times, country) in [(20, "USA"), (30, "MEX")] {
            let values = ["yearOfRegistration": "2019", "gender": "Woman", "ageBroad": "18--20", "citizenship": "MEX",
                          "CountryOfExploitation": country, "isForcedLabour": "1"]
            text += String(repeating: CaseFiles.syntheticRow(values) + "\n", count: times)
        }
        return text
    }

    /// The figures file that corrects the USA count from 20 to 25, as an analyst would.
    private static func correction(source: String) -> String {
        "key,measure,value,place,period,source\r\nusa-v1/count/country:USA,victims-in-case-data,25,USA,2019,\(source)\r\n"
    }

    @Test("a dry run gives the real run's counts and kept-correction note; --show gives 25 with 'kept correction by batch 3; derived 20'")
    func keptCorrection() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.cases.utf8).write(to: dir.appendingPathComponent("cases.csv"))
            let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "usa", "cases.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let derive = ["derive", "ctdc", "--dataset", "usa", "--by", "country"]
            let first = try Tipdb.run(derive, in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let source = try Tipdb.run(["sql", "SELECT source FROM figures WHERE key = 'usa-v1/count/country:USA'", "--format", "csv"], in: dir)
            let lines = source.stdout.components(separatedBy: "\r\n")
            try #require(lines.count > 1, "\(source.stdout)\(source.stderr)")
            try Data(Self.correction(source: lines[1]).utf8)
                .write(to: dir.appendingPathComponent("fix.csv"))
            let fix = try Tipdb.run(["ingest", "--correction", "fix.csv"], in: dir)
            #expect(fix.status == 0, "\(fix.stderr)")

            let dry = try Tipdb.run(derive + ["--dry-run", "--show"], in: dir)
            let real = try Tipdb.run(derive + ["--show"], in: dir)
            #expect(dry.status == 0 && real.status == 0, "\(dry.stderr)\(real.stderr)")
            let table = """
                50  count  all people  (usa-v1/count)
                30  count  country MEX  (usa-v1/count/country:MEX)
                25  count  country USA  (usa-v1/count/country:USA)  kept correction by batch 3; derived 20

                """
            let counts = "3 counts (0 below 11 shown as <11, 0 more suppressed), 0 shares (0 withheld); 0 inserted, 0 updated, 3 unchanged"
            #expect(dry.stdout.hasPrefix(table) && dry.stdout.hasSuffix(counts + " (dry run: nothing written)\n"), "\(dry.stdout)")
            #expect(real.stdout.hasPrefix(table) && real.stdout.hasSuffix(counts + " (batch 4)\n"), "\(real.stdout)")
            let note = "note: figure usa-v1/count/country:USA keeps its correction by batch 3 (tipdb ingest --correction), "
                + "since this derivation gives back the value it replaced: value 25 (this derivation gives 20); to take this "
                + "derivation's value instead, load a figures file giving it under this key with tipdb ingest --correction\n"
            #expect(dry.stderr.hasPrefix(note) && dry.stderr == real.stderr, "\(dry.stderr)\n---\n\(real.stderr)")

            let json = try Tipdb.run(derive + ["--dry-run", "--json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let shown = try #require(document["lines"] as? [[String: Any]])
            let usa = try #require(shown.first { $0["figure"] as? String == "usa-v1/count/country:USA" })
            #expect(usa["shown"] as? String == "25" && usa["correctedBy"] as? Int == 3 && usa["derived"] as? String == "20", "\(usa)")
            let mex = try #require(shown.first { $0["figure"] as? String == "usa-v1/count/country:MEX" })
            #expect(mex["correctedBy"] == nil && mex["derived"] == nil, "\(mex)")
            #expect(document["updated"] as? Int == 0 && document["unchanged"] as? Int == 3, "\(document)")
        }
    }
}
