import Foundation
import Testing

/// `Victims of trafficking` was offered only `trafficking-victims`, the prevalence estimate, where
/// an NGO typing it mostly holds a count of identified victims; `convictions` was offered nothing.
/// The estimate now comes with the detected count of its concept, each glossed, and a word that
/// matches no code or label is looked up by its stem (`convict`).
@Suite("ingest: measure suggestions name the detected count beside the estimate, and find words by their stems (built binary)")
struct MeasureSuggestionWordsTests {
    @Test("Victims of trafficking: both measures, glossed; convictions: persons-convicted")
    func suggestions() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(ShortenedSpanPeriodTests.sources, "sources.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                m1,Victims of trafficking,5,persons,GBR,2019,ngo-2020
                m2,convictions,5,persons,GBR,2019,ngo-2020

                """, "figures.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let run = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(run.status == 1)
            let expected = "Expected a code from the measures table (tipdb sql 'SELECT code FROM measures'), or a measure of your own defined in a measures file (README: Measures of your own)"
            #expect(run.stderr.hasPrefix("""
                figures.csv:2:4: measure: unknown measure "Victims of trafficking"; did you mean "trafficking-victims" (estimated prevalence: all people in the situation, detected or not) or "detected-trafficking-victims" (detected count: the victims authorities or organisations identified)? \(expected)
                figures.csv:3:4: measure: unknown measure "convictions"; did you mean "persons-convicted"? \(expected)

                """), "\(run.stderr)")
        }
    }
}
