import Foundation
import Testing

/// A preliminary report dated March 2026 and the final results in press for the same period:
/// the work in press comes out after every dated source, so it is the latest estimate, in
/// `latest_estimates` and as the brief's key figure alike (m0064). Before, both took the dated
/// report, and the caution apologised that "a source without a date sorts first here" (review of
/// session 54).
@Suite("a work in press is the latest estimate over a dated preliminary report, in latest_estimates and the brief (built binary)")
struct InPressOrderCautionTests {
    private static let figures = """
        key,measure,value,unit,place,period,source,locator
        prelim-total,forced-labour,"175,000",persons,NPL,2025,nfls-prelim,p. 4
        final-total,forced-labour,"182,000",persons,NPL,2025,nfls-wp,Table 3.2

        """

    /// The two sources, the work in press said so in each way a file can: CSL `status`, Zotero's
    /// `issued.raw`, CSL `status` "forthcoming", and a sources CSV's date cell.
    static let sourceFiles: [(name: String, text: String)] = [
        ("src.json", """
            [{"id":"nfls-prelim","type":"report","title":"National Forced Labour Survey 2025: preliminary findings","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Univ of Example","issued":{"date-parts":[[2026,3]]}},
             {"id":"nfls-wp","type":"report","status":"in press","title":"Forced labour in Nepal: final results of the 2025 survey","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Univ of Example"}]

            """),
        ("src.json", """
            [{"id":"nfls-prelim","type":"report","title":"National Forced Labour Survey 2025: preliminary findings","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Univ of Example","issued":{"date-parts":[[2026,3]]}},
             {"id":"nfls-wp","type":"report","issued":{"raw":"in press"},"title":"Forced labour in Nepal: final results of the 2025 survey","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Univ of Example"}]

            """),
        ("src.json", """
            [{"id":"nfls-prelim","type":"report","title":"National Forced Labour Survey 2025: preliminary findings","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Univ of Example","issued":{"date-parts":[[2026,3]]}},
             {"id":"nfls-wp","type":"report","status":"forthcoming","title":"Forced labour in Nepal: final results of the 2025 survey","author":[{"family":"Sharma","given":"Anita"}],"publisher":"Univ of Example"}]

            """),
        ("src.csv", """
            key,kind,title,authors,publisher,date
            nfls-prelim,report,National Forced Labour Survey 2025: preliminary findings,"Sharma, Anita",Univ of Example,2026-03
            nfls-wp,report,Forced labour in Nepal: final results of the 2025 survey,"Sharma, Anita",Univ of Example,in press

            """),
    ]

    @Test("182,000 (in press) over 175,000 (March 2026): the key figure, latest_estimates' row, and the caution's rule", arguments: 0..<4)
    func inPressIsLatest(form: Int) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let source = Self.sourceFiles[form]
            try Data(source.text.utf8).write(to: dir.appendingPathComponent(source.name))
            try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("fig.csv"))
            let ingest = try Tipdb.run(["ingest", source.name, "fig.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")

            let latest = try Tipdb.run(["sql", "--format", "csv", "SELECT figure, value FROM latest_estimates WHERE place = 'NPL'"], in: dir)
            #expect(latest.stdout == "figure,value\r\nfinal-total,182000.0\r\n", "\(latest.stdout)")

            let brief = try Tipdb.run(["report", "brief", "--place", "NPL", "--date", "2026-12-06", "--format", "json"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any])
            let keyFigures = try #require(object["keyFigures"] as? [[String: Any]])
            #expect(keyFigures.compactMap { ($0["figure"] as? [String: Any])?["key"] as? String } == ["final-total"], "\(keyFigures)")

            // The key figure's source is cited first, so it is [1]; the caution names the sources oldest first, the work in press last.
            let text = try Tipdb.run(["report", "brief", "--place", "NPL", "--date", "2026-12-06"], in: dir)
            #expect(text.stdout.contains(
                "Sharma 2026 [2] gives 175,000 and Sharma in press [1] gives 182,000; they differ beyond rounding. The key figure, 182,000 from Sharma in press, is chosen by rule: of primary estimates for the same period, the work in press is taken, as it comes out after those already published, which is no judgement"),
                "\(text.stdout)")
            #expect(!text.stdout.contains("sorts first here"), "\(text.stdout)")
            #expect(!text.stdout.contains("is not known"), "\(text.stdout)")
        }
    }
}
