import Foundation
import Testing

/// A chain's figure that only an earlier GLOTIP edition gives: the brief's JSON lineage says so
/// of the step, as `report lineage` does (session 54's closing note).
extension TrendEditionsTests {
    @Test("the brief's JSON lineage steps carry release, as report lineage's chain does")
    func lineageStepRelease() throws {
        try withTemporaryDirectory { dir in
            try Self.loadTwoEditions(in: dir)
            try Self.write("news.csv", """
                key,title,publisher,date,url
                daily-2025,Trafficking in Germany,Daily News,2025-05-01,https://news.example/de

                """, in: dir)
            try Self.write("repeat.csv", """
                key,measure,value,unit,place,period,source,cites
                daily-deu-2013,detected-trafficking-victims,542,persons,DEU,2013,daily-2025,unodc-glotip:detected-trafficking-victims:DEU:2013

                """, in: dir)
            let loaded = try Tipdb.run(["ingest", "news.csv", "repeat.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")

            // The step the repeat cites says it is in no latest release, as its figures table row does.
            let json = try Tipdb.run(["report", "brief", "--date", "2026-12-06", "--place", "DEU", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let lineage = try #require(object["lineage"] as? [[String: Any]], "\(json.stdout)")
            let entry = try #require(lineage.first { $0["figure"] as? String == "daily-deu-2013" }, "\(json.stdout)")
            let steps = try #require(entry["steps"] as? [[String: Any]])
            #expect(steps.map { $0["release"] as? String } == [nil, "not in the latest release (2024-12-11)"], "\(steps)")

            let chain = try Tipdb.run(["report", "lineage", "daily-deu-2013", "--format", "json"], in: dir)
            #expect(chain.stdout.contains("\"release\": \"not in the latest release (2024-12-11)\""), "\(chain.stdout)")
        }
    }
}
