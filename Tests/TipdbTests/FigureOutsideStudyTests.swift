import Foundation
import Testing

/// A figure filed under a study that covers neither its place nor its period: a brief listed
/// Kenya's 2016 and 2018 estimates among the findings of a study of India and Pakistan in 2021,
/// with the study's method, and then said no study covers Kenya (a meta-analyst's review,
/// session 50). Ingest warns at the study cell and `tipdb check` names the figures.
@Suite("figure-outside-study: ingest warns at the study cell, tipdb check names the figure (built binary)")
struct FigureOutsideStudyTests {
    /// Sources and a study of India and Pakistan, 2021; figures in and out of it.
    private func load(in dir: URL) throws -> ProcessResult {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try IngestPartWarningTests.write("key,title,publisher,date\ngsi,Global Slavery Index 2023,Walk Free,2023\n", "s.csv", in: dir)
        try IngestPartWarningTests.write("key,title,source,period,places,method\nmodel,GSI country estimates,gsi,2021,IND;PAK,model-extrapolation\n", "st.csv", in: dir)
        try IngestPartWarningTests.write("""
            key,measure,value,unit,place,period,source,study
            ind,forced-labour,11 million,persons,IND,2021,gsi,model
            ind-days,forced-labour,11 million,persons,IND,2021-01-01/2021-12-31,gsi,model
            ken,forced-labour,"200,000",persons,KEN,2016,gsi,model
            ind-2019,forced-labour,10 million,persons,IND,2019,gsi,model
            sas,forced-labour,15 million,persons,South Asia,2021,gsi,model

            """, "f.csv", in: dir)
        return try Tipdb.run(["ingest", "s.csv", "st.csv", "f.csv"], in: dir)
    }

    @Test("each figure outside its study's places or period is warned of at its study cell, in words that say both; those within are not")
    func ingest() throws {
        try withTemporaryDirectory { dir in
            let load = try load(in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let tail = ": a brief lists the figure among the study's findings and gives it the study's method and sample; "
                + "expected the key of the study that produced it, or no study; loaded as written"
            #expect(load.stderr.contains("warning: f.csv:4:50: study: model covers India and Pakistan, 2021; this figure is for Kenya, 2016" + tail), "\(load.stderr)")
            #expect(load.stderr.contains("warning: f.csv:5:56: study: model covers India and Pakistan, 2021; this figure is for 2019" + tail), "\(load.stderr)")
            #expect(load.stderr.contains("warning: f.csv:6:58: study: model covers India and Pakistan, 2021; this figure is for South Asia" + tail), "\(load.stderr)")
            // ind and ind-days (2021 written by its days) are within: three warnings in all.
            #expect(load.stderr.split(separator: "\n").filter { $0.contains(": study: model covers") }.count == 3, "\(load.stderr)")
        }
    }

    @Test("tipdb check names the same figures, in the same words, as a warning (exit 0)")
    func check() throws {
        try withTemporaryDirectory { dir in
            _ = try load(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("""
                  ind-2019: model covers India and Pakistan, 2021; this figure is for 2019
                  ken: model covers India and Pakistan, 2021; this figure is for Kenya, 2016
                  sas: model covers India and Pakistan, 2021; this figure is for South Asia

                """), "\(check.stdout)")
            #expect(check.stdout.contains("warning: figure-outside-study: figures whose study covers neither their place nor their period"), "\(check.stdout)")
            #expect(check.status == 0, "\(check.stderr)")
        }
    }
}
