import Foundation
import Testing

/// A study's `places` is a list separated by semicolons; written with commas (`France, Germany`),
/// it was refused as `unknown place "France, Germany"`, as if tipdb did not know France. The
/// error now says how to separate them when every part names a place.
@Suite("ingest: places separated by commas are refused saying to separate them by semicolons (built binary)")
struct StudyPlaceListHintTests {
    @Test("the hint names the list with semicolons; not for a name that is no list of places")
    func hint() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("""
                key,title,period,places
                st1,Survey A,2019,"France, Germany"
                st2,Survey B,2019,"France, Atlantis"
                st3,Survey C,2019,"Korea, Rep."

                """, "studies.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "studies.csv"], in: dir)
            #expect(refused.status == 1)
            let expected = "(tipdb sql 'SELECT code, name FROM places' lists them)"
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("studies.csv:") }.map(String.init)
            #expect(errors.count == 2, "\(refused.stderr)")
            #expect(errors.first?.hasPrefix("studies.csv:2:20: places: unknown place \"France, Germany\"") == true, "\(errors)")
            #expect(errors.first?.hasSuffix("\(expected); places are separated by semicolons, as in \"France; Germany\"") == true, "\(errors)")
            #expect(errors.last?.hasPrefix("studies.csv:3:20: places: unknown place \"France, Atlantis\"") == true, "\(errors)")
            #expect(errors.last?.hasSuffix(expected) == true, "\(errors)")
        }
    }
}
