import Foundation
import Testing

/// One place's key figures that set a prevalence estimate beside a count from records are said to
/// be no series, under the key figures table (review of session 51, a parliamentary researcher
/// who read only the first section: 2.45 million above 47,000 read as trafficking falling 98%).
@Suite("brief: an estimate beside a count in one place's key figures (built binary)")
struct EstimateBesideCountTests {
    /// ILO 2005's estimate and UNODC's detected victims for the world, and `extra` figure rows.
    private func brief(extra: String = "", format: String = "md") throws -> String {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,title,publisher,date
                ilo-2005,A global alliance against forced labour,International Labour Office,2005-05-11
                unodc-2023,Global Report on Trafficking in Persons 2022,United Nations Office on Drugs and Crime,2023-01-24

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,low,unit,place,period,source,method
                est,trafficking-victims,"2,450,000","2,450,000",persons,WLD,1995-2004,ilo-2005,estimated
                det,detected-trafficking-victims,"47,000",,persons,WLD,2020,unodc-2023,detected
                \(extra)
                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let result = try Tipdb.run(["report", "brief", "--date", "2026-12-05", "--format", format], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    @Test("under the key figures table, before Comparability: what each counts, with its number, period and source")
    func cautionUnderKeyFigures() throws {
        let text = try brief()
        let caution = """
            - **Caution (estimate-and-count).** World: at least 2.45 million is an estimate of everyone trafficked \
            (Victims of trafficking in persons (estimated), 1995-2004, ILO 2005 [1]); 47,000 counts only the victims that \
            authorities or organisations identified (Detected victims of trafficking, 2020, UNODC 2023 [2]). A count is no \
            later value of an estimate, and a lower bound of it only where the estimate was built from those very records (as a \
            multiple systems estimate is): do not read the rows as a rise or a fall, and cite each as what it is.
            """
        let position = try #require(text.range(of: caution), "\(text)")
        let comparability = try #require(text.range(of: "## Comparability"))
        #expect(position.upperBound < comparability.lowerBound, "printed with the key figures, not sections later")
        #expect(text.components(separatedBy: "Caution (estimate-and-count)").count == 2, "once, not again under Comparability")
    }

    @Test("JSON names both figures, the estimate first, and cites both sources")
    func json() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try brief(format: "json").utf8)) as? [String: Any])
        let warnings = try #require((object["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]])
        let found = try #require(warnings.first { $0["kind"] as? String == "estimate-and-count" }, "\(warnings)")
        #expect(found["figures"] as? [String] == ["est", "det"])
        #expect(found["citations"] as? [Int] == [1, 2])
    }

    @Test("an estimate of another place, or of another concept, beside the count gets no such caution")
    func otherPlaceOrConcept() throws {
        let other = try withTemporaryDirectory { dir -> String in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("""
                key,title,publisher,date
                ilo,Global Estimates,International Labour Office,2022
                unodc,Global Report on Trafficking in Persons 2022,United Nations Office on Drugs and Crime,2023-01-24

                """.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,method
                fl,forced-labour,27.6 million,persons,WLD,2021,ilo,estimated
                det,detected-trafficking-victims,"47,000",persons,WLD,2020,unodc,detected
                tha,trafficking-victims,"50,000",persons,THA,2020,ilo,estimated

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
            return try Tipdb.run(["report", "brief", "--date", "2026-12-05"], in: dir).stdout
        }
        #expect(other.contains("| Detected victims of trafficking | World | 47,000 |"), "\(other)")
        #expect(!other.contains("estimate-and-count"), "\(other)")
    }
}
