import Foundation
import Testing

/// A chart's source line called the Home Office's 10,000 to 13,000 for the United Kingdom, a range
/// without a value, "published only as a bound", and 136,000 the UK's "only value", though the
/// range is an estimate of its own (review of session 48).
@Suite("charts: another place's range is a range, not a bound (built binary)")
struct ChartRangeNotBoundTests {
    @Test("India's chart names the UK's range under 'a bound or range', beside its one number")
    func otherPlaceRange() throws {
        try withTemporaryDirectory { dir in
            try KeyFigurePlacesTests.load(
                sources: """
                    key,kind,title,authors,publisher,date
                    gsi-2018,report,Global Slavery Index 2018,,Walk Free Foundation,2018-07
                    ukho-2014,report,Modern slavery: an application of multiple systems estimation,"Silverman, Bernard",UK Home Office,2014-11

                    """,
                figures: """
                    key,measure,value,low,high,unit,place,period,source
                    gsi16-ind,modern-slavery,7989000,,,persons,IND,2016,gsi-2018
                    gsi18-ind,modern-slavery,8000000,,,persons,IND,2018,gsi-2018
                    gsi16-gbr,modern-slavery,136000,,,persons,GBR,2016,gsi-2018
                    ukho-gbr-2013,modern-slavery,,10000,13000,persons,GBR,2013,ukho-2014

                    """, in: dir)
            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "Not shown, published only as a bound or range: 10,000 to 13,000 (2013, Silverman 2014 [2]) in the United Kingdom, "
                + "whose only figure published as one number is 136,000 (2016, Walk Free Foundation 2018 [1])."),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("published only as a bound:"), "\(brief.stdout)")
        }
    }
}
