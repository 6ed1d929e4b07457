import Foundation
import Testing

/// m0031 (review of session 30): `latest_estimates` and the brief's key figure take a producer's
/// own figure before a second-hand copy of it for the same period, though the copy was published
/// later; `figure_lineage` gives the bounds of a primary figure that is censored or only a range.
@Suite("latest_estimates prefers the producer to its copy; figure_lineage keeps a primary figure's bounds (built binary)")
struct CopyLastAndPrimaryBoundsTests {
    static let sources = """
        key,kind,title,publisher,date,notes
        unodc-own,dataset,Detected victims,UNODC,2025-04-14,
        owid-copy,dataset,Detected victims,United Nations Office on Drugs and Crime,2025-06-01,Republished by Our World in Data as detected.csv.
        news,article,Trafficking today,Daily News,2026,

        """
    static let figures = """
        key,measure,value,low,high,unit,place,period,source,cites,method
        own-phl,detected-trafficking-victims,"1,300",,,persons,PHL,2019,unodc-own,,detected
        copy-phl,detected-trafficking-victims,"1,500",,,persons,PHL,2019,owid-copy,,detected
        own-gbr,trafficking-victims,,"10,000","13,000",persons,GBR,2013,unodc-own,,estimated
        own-mda,detected-trafficking-victims,<5,,,persons,MDA,2019,unodc-own,,detected
        news-gbr,trafficking-victims,,"10,000","13,000",persons,GBR,2013,news,own-gbr,reported
        news-mda,detected-trafficking-victims,<5,,,persons,MDA,2019,news,own-mda,reported

        """

    private func makeDatabase(in dir: URL) throws {
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("the producer's 1,300 is the latest estimate and the key figure, not the later copy's 1,500")
    func producerBeforeCopy() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let view = try Tipdb.run(
                ["sql", "--format", "csv", "SELECT figure, value FROM latest_estimates WHERE place = 'PHL'"], in: dir)
            #expect(view.stdout.replacingOccurrences(of: "\r\n", with: "\n") == "figure,value\nown-phl,1300.0\n", "\(view.stdout)")
            let brief = try Tipdb.run(["report", "brief", "--place", "PHL", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(brief.stdout.utf8)) as? [String: Any]
            let keys = (object?["keyFigures"] as? [[String: Any]])?.compactMap { ($0["figure"] as? [String: Any])?["key"] as? String }
            #expect(keys == ["own-phl"], "\(brief.stdout.prefix(2000))")
        }
    }

    @Test("a chain ending at a range-only or censored figure gives its bounds, not only a NULL value")
    func primaryBounds() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let lineage = try Tipdb.run(
                ["sql", "--format", "csv", """
                    SELECT figure, primary_value, primary_censored, primary_low, primary_high, primary_ci_level
                    FROM figure_lineage WHERE figure LIKE 'news-%' ORDER BY figure
                    """], in: dir)
            #expect(lineage.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
                figure,primary_value,primary_censored,primary_low,primary_high,primary_ci_level
                news-gbr,,0,10000.0,13000.0,
                news-mda,,1,1.0,4.0,

                """, "\(lineage.stdout)\(lineage.stderr)")
        }
    }
}
