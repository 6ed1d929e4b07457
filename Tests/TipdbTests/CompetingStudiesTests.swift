import Foundation
import Testing

/// Two studies of one source that disagree, as a reviewer of briefs found them (session 42): the
/// brief took one as the key figure and said that nothing disagreed.
@Suite("briefs: two studies of one source that disagree are cautioned about (built binary)")
struct CompetingStudiesTests {
    @Test("a survey's 10,000 and a multiple-systems estimate's 40,000 of one report get an estimates caution naming each study")
    func disagreeingStudies() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,title,authors,publisher,date\ns1,Ghana report,\"Doe, Jane\",Institute,2024\n", "s.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,title,source,period,places,method
                st-a,Household survey,s1,2022,GHA,survey
                st-b,Multiple systems estimate,s1,2022,GHA,multiple-systems-estimation

                """, "st.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,low,high,ci_level,unit,place,period,source,study,locator
                zz-survey,forced-labour,"10,000","9,000","11,000",95,persons,GHA,2022,s1,st-a,p. 10
                aa-mse,forced-labour,"40,000","35,000","45,000",95,persons,GHA,2022,s1,st-b,p. 20

                """, "f.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "st.csv", "f.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let brief = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "Forced labour in Ghana, 2022: Doe 2024 [1] (Multiple systems estimate) gives 40,000 (35,000 to 45,000, 95% interval) "
                    + "and Doe 2024 [1] (Household survey) gives 10,000 (9,000 to 11,000, 95% interval); they differ beyond rounding."),
                "\(brief.stdout)")
            #expect(!brief.stdout.contains("successive estimates from different studies."), "\(brief.stdout)")
        }
    }

    @Test("figures of one study, or of a source whose figures name no study, are not cautioned as two studies")
    func oneStudy() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try IngestPartWarningTests.write("key,title,authors,publisher,date\ns1,Ghana report,\"Doe, Jane\",Institute,2024\n", "s.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                a1,forced-labour,"10,000",persons,GHA,2022,s1
                a2,forced-labour,"10,000",persons,GHA,2021,s1

                """, "f.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir).status == 0)
            let brief = try Tipdb.run(["report", "brief", "--format", "md"], in: dir)
            #expect(!brief.stdout.contains("they differ beyond rounding"), "\(brief.stdout)")
        }
    }
}
