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

    /// A study's part of a country or former state was refused with advice to "say in the figure's
    /// notes", and a studies file given a notes column was refused for it: the advice names the
    /// study's summary column, which a studies file has.
    @Test("England and USSR in a study's places: the advice names the study's summary column")
    func subnationalAdvice() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,places\nuk,England study,England\nsu,Soviet study,USSR\n", "st.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let refused = try Tipdb.run(["ingest", "st.csv"], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("st.csv:") }.map(String.init)
            #expect(errors == [
                "st.csv:2:18: places: unknown place \"England\"; England is listed under the United Kingdom (GBR) in ISO 3166-2, and tipdb has no places smaller than a country: give GBR, and say in the study's summary column that it covers England only",
                "st.csv:3:17: places: unknown place \"USSR\"; the Soviet Union ended in 1991, and tipdb's places are today's: give the country the study covers among its successors (ARM, AZE, BLR, EST, GEO, KAZ, KGZ, LVA, LTU, MDA, RUS, TJK, TKM, UKR or UZB), or a region, and say in the study's summary column that it covers the Soviet Union",
            ], "\(refused.stderr)")
            // The advice can be followed: the summary column is a studies file's.
            try IngestPartWarningTests.write("key,title,places,summary\nuk,England study,GBR,Covers England only\n", "st2.csv", in: dir)
            let followed = try Tipdb.run(["ingest", "st2.csv"], in: dir)
            #expect(followed.status == 0, "\(followed.stderr)")
        }
    }
}
