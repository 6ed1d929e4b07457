import Foundation
import Testing

/// A foundation's "11 million" for Southern Asia that repeats (cites) India's 11.05 million from
/// the Global Slavery Index is India's figure under the wrong place, as the lineage flag and
/// ingest's `repeat-changed` say; the places caution called it "a different data collection"
/// whose coverage or definitions differ from India's (review of session 48).
@Suite("places caution: a repeat is not another data collection beside its original (built binary)")
struct RegionRepeatCautionTests {
    @Test("a region figure repeating a country's: no places caution, the lineage flag stays")
    func repeatNotACollection() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(
                sources: """
                    key,kind,title,publisher,date
                    gsi-2023,report,Global Slavery Index 2023,Walk Free,2023-05
                    fdn-2025,report,Where to fund: trafficking hotspots,Foundation X,2025-01

                    """,
                figures: """
                    key,measure,value,unit,place,period,source,cites
                    gsi23-ind-n,modern-slavery,11050000,persons,IND,2021,gsi-2023,
                    fdn-sasia,modern-slavery,11 million,persons,M49-034,2021,fdn-2025,gsi23-ind-n

                    """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--place", "M49-034"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(!brief.stdout.contains("Caution (places)"), "\(brief.stdout)")
            #expect(!brief.stdout.contains("different data collections"), "\(brief.stdout)")
            #expect(brief.stdout.contains(
                "- **Flag:** 11 million (Foundation X 2025 [2]) repeats Walk Free 2023 [1] (11.05 million, in India not Southern Asia)"),
                "\(brief.stdout)")
        }
    }
}
