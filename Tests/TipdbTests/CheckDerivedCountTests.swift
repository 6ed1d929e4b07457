import Foundation
import TestSupport
import Testing

/// `tipdb check` names a derived count stored as a number disclosure control would not publish,
/// which an older tipdb's figures file, or SQL, could write and every brief then printed.
@Suite("check: derived counts stored below the minimum cell size or narrowing a suppressed count (built binary)")
struct CheckDerivedCountTests {
    private func write(_ sql: String, in dir: URL) throws {
        try CheckSpreadsheetSlipsTests().write(sql, in: dir)
    }

    @Test("a derivation as derive published it passes both rules")
    func published() throws {
        try withTemporaryDirectory { dir in
            try DerivedCountPrivacyTests().derived("country,year,gender", in: dir)
            let found = try CheckBrokenViewTests.findings(in: dir).findings
            #expect(found["derived-count-below-min-cell"] == nil && found["derived-count-narrows"] == nil, "\(found)")
        }
    }

    @Test("an exact 4 stored in a <11 cell is an error naming the key, the number and the dataset")
    func belowMinCell() throws {
        try withTemporaryDirectory { dir in
            try DerivedCountPrivacyTests().derived("country,gender", in: dir)
            try write("""
                UPDATE figures SET value = 4, censored = 0, low = NULL, high = NULL
                WHERE key = 'ctdc-a-v1/count/country:MDA/gender:female'
                """, in: dir)
            let (status, found) = try CheckBrokenViewTests.findings(in: dir)
            #expect(status == 1)
            #expect(found["derived-count-below-min-cell"] == ["ctdc-a-v1/count/country:MDA/gender:female: 4, below 11 (dataset ctdc-a version 1)"])
            #expect(found["derived-count-narrows"] == nil, "named once, by the rule whose remedy comes first")
            let text = try Tipdb.run(["check"], in: dir)
            #expect(text.stdout.contains("error: derived-count-below-min-cell: counts derived from case data (tipdb derive ctdc) stored as an exact number below the minimum cell size"), "\(text.stdout)")
        }
    }

    @Test("a corrected count that lets a reader work out a suppressed <11 is an error naming the dataset and the count")
    func narrowing() throws {
        try withTemporaryDirectory { dir in
            try DerivedCountPrivacyTests().derived("country,year,gender", in: dir)
            try write("""
                UPDATE figures SET value = 35, censored = 0, low = NULL, high = NULL
                WHERE key = 'ctdc-a-v1/count/country:USA/year:2019'
                """, in: dir)
            let (status, found) = try CheckBrokenViewTests.findings(in: dir)
            #expect(status == 1)
            #expect(found["derived-count-narrows"] == [
                "dataset ctdc-a version 1: the counts stored let a reader work out more about the suppressed count \"ctdc-a-v1/count/country:MDA/gender:female\" than that it is below 11; every count stored is the one its case rows give and figure_revisions records no correction of them: derive published them as they are, unless SQL changed them",
            ])
            #expect(found["derived-count-below-min-cell"] == nil)
        }
    }
}
