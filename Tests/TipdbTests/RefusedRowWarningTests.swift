import Foundation
import Testing

/// A row that ingest refuses stores nothing, so no warning about the figures loaded names it:
/// its refusal alone is reported.
///
/// Why: a derived count refused by disclosure control is written before the check that refuses
/// it and stays written until the command's rollback, and `series-jump` named it ("4 is a tenth
/// of 100") beside the error refusing it, as if it had loaded (newcomer review, session 50).
@Suite("no warning names a row the same load refuses (built binary)")
struct RefusedRowWarningTests {
    @Test("an exact 4 in a <11 cell, a tenth of the series' 100 before it: refused, and no series-jump warning about it")
    func refusedJump() throws {
        try withTemporaryDirectory { dir in
            try DerivedCountPrivacyTests().derived("country,gender", in: dir)
            let header = DerivedCountPrivacyTests.header
            // The series' figure before it: Moldova's women, 2017-2018, a period as long as the derived 2019-2020.
            try Data((header + "mda-female-2017,victims-in-case-data,100,persons,MDA,2017-2018,female,ctdc-a-v1,detected,earlier count\n").utf8)
                .write(to: dir.appendingPathComponent("earlier.csv"))
            let earlier = try Tipdb.run(["ingest", "earlier.csv"], in: dir)
            #expect(earlier.status == 0, "\(earlier.stderr)")
            let row = "ctdc-a-v1/count/country:MDA/gender:female,victims-in-case-data,4,persons,MDA,2019-2020,female,ctdc-a-v1,derived,recount\n"
            try Data((header + row).utf8).write(to: dir.appendingPathComponent("fix.csv"))
            for extra in [[], ["--on-error", "skip"]] {
                let fix = try Tipdb.run(["ingest", "fix.csv", "--correction"] + extra, in: dir)
                #expect(fix.status == 1, "\(extra): \(fix.stderr)")
                #expect(fix.stderr.hasPrefix("fix.csv:2:64: figure \"ctdc-a-v1/count/country:MDA/gender:female\" is a count derived from dataset ctdc-a"),
                        "\(extra): \(fix.stderr)")
                #expect(!fix.stderr.contains("series-jump") && !fix.stderr.contains("warning:"), "\(extra): \(fix.stderr)")
                #expect(fix.stdout.contains("1 rejected") && !fix.stdout.contains("warning"), "\(extra): \(fix.stdout)")
            }
        }
    }
}
