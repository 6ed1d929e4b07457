import Foundation
import Testing

/// `tipdb search trafficking victims india` read "trafficking victims" as the estimate's measure
/// alone, of which India had no figure, and found nothing, while `victims india` found India's six
/// counts of detected victims: a reader took it that tipdb held no figures for India (a
/// user-review, session 39). A measure named whole that has no figures in scope is now read as
/// words, as a partial name is, with a note saying so.
@Suite("tipdb search: a measure named whole with no figures in scope finds the measures sharing its words (built binary)")
struct SearchUnheldMeasureTests {
    @Test("trafficking victims india lists India's detected victims and says the estimate has none")
    func fallback() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("key,title,publisher,date\nncrb,Crime in India 2022,National Crime Records Bureau,2023-12\n", "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,method
                ind-2022,detected-trafficking-victims,6036,persons,IND,2022,ncrb,detected
                npl-2022,detected-trafficking-victims,300,persons,NPL,2022,ncrb,detected

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir).status == 0)
            for query in [["trafficking", "victims", "india"], ["victims", "of", "trafficking", "india"]] {
                let found = try Tipdb.run(["search"] + query + ["--kind", "figures"], in: dir)
                #expect(found.status == 0, "\(found.stderr)")
                #expect(found.stdout == """
                    figure  ind-2022  detected-trafficking-victims (Detected victims of trafficking), IND (India), 2022: 6,036 — National Crime Records Bureau 2023
                        its measure is [Detected victims of trafficking] and its place is [India]
                    (1 result)

                    """, "\(found.stdout)")
                #expect(found.stderr.contains("no figures of Victims of trafficking in persons (estimated) (trafficking-victims) for India; "
                    + "listed instead: figures of the measures whose names hold the same words"), "\(found.stderr)")
            }
            // A measure named whole that has figures is read as before, with no note.
            let held = try Tipdb.run(["search", "detected", "victims", "of", "trafficking", "india", "--kind", "figures"], in: dir)
            #expect(held.stdout.hasPrefix("figure  ind-2022  "), "\(held.stdout)")
            #expect(!held.stderr.contains("listed instead"), "\(held.stderr)")
        }
    }
}
