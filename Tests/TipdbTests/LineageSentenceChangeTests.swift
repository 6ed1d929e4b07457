import Foundation
import Storage
import Testing

/// The lineage sentence names what a repeat changed of the figure it repeats, not only its
/// number: the place, the subgroup, the measure and the period, once each, in the parentheses
/// after the source repeated. Session 42: "2.4 million (Daily News 2020 [1]) repeats ILO 2005 [2]
/// (2.45 million): a minimum estimate for 1995-2004." said nothing of the United States the news
/// put on a world estimate; only the FLAG line did.
@Suite("lineage sentence: a changed place, subgroup, measure or period is named (built binary)")
struct LineageSentenceChangeTests {
    /// The Fixtures, plus a news article whose figures each repeat ILO 2005's world estimate and change something of it.
    private func makeDatabase(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        // Without its minimum, as in `RepeatChangeTests`: these tests are about what else a repeat changes.
        do {
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            defer { db.close() }
            try db.execute("UPDATE figures SET low = NULL WHERE key = 'ilo-2005-trafficked-wld'")
        }
        try Data("key,kind,title,publisher,date\nnews-2020,article,Trafficking today,Daily News,2020\n".utf8)
            .write(to: dir.appendingPathComponent("s.csv"))
        try Data("""
            key,measure,value,unit,place,period,sex,age_group,source,cites,method
            news-usa,trafficking-victims,2.4 million,persons,USA,1995-2004,total,total,news-2020,ilo-2005-trafficked-wld,reported
            news-women,trafficking-victims,2.4 million,persons,WLD,2020,female,total,news-2020,ilo-2005-trafficked-wld,reported
            news-labour,forced-labour,2.4 million,persons,WLD,1995-2004,total,total,news-2020,ilo-2005-trafficked-wld,reported
            news-girls,trafficking-victims,2.4 million,persons,USA,2016,female,children,news-2020,ilo-2005-trafficked-wld,reported
            news-rounded,trafficking-victims,2.5 million,persons,WLD,1995-2004,total,total,news-2020,ilo-2005-trafficked-wld,reported

            """.utf8).write(to: dir.appendingPathComponent("f.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// The sentence `report lineage KEY` ends its chain with: the line after the FLAG lines.
    private func sentence(_ key: String, in dir: URL) throws -> String? {
        let result = try Tipdb.run(["report", "lineage", key], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.components(separatedBy: "\n").first { $0.hasPrefix("2.") && $0.contains("repeats ILO 2005") }
    }

    @Test("a changed place, and a changed subgroup and period, in report lineage's sentence; the ending does not repeat the period")
    func placeSubgroupPeriod() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            #expect(try sentence("news-usa", in: dir)
                == "2.4 million (Daily News 2020 [1]) repeats ILO 2005 [2] (2.45 million, in the world not the United States): "
                + "a minimum estimate for 1995-2004.")
            #expect(try sentence("news-women", in: dir)
                == "2.4 million (Daily News 2020 [1]) repeats ILO 2005 [2] (2.45 million, for everyone not female, for 1995-2004 not 2020): "
                + "a minimum estimate.")
            #expect(try sentence("news-labour", in: dir)
                == "2.4 million (Daily News 2020 [1]) repeats ILO 2005 [2] (2.45 million, measuring victims of trafficking in persons "
                + "(estimated) not forced labour): a minimum estimate for 1995-2004.")
            // A subgroup with a comma of its own: semicolons part the changes.
            #expect(try sentence("news-girls", in: dir)
                == "2.4 million (Daily News 2020 [1]) repeats ILO 2005 [2] (2.45 million; in the world not the United States; "
                + "for everyone not female, children; for 1995-2004 not 2016): a minimum estimate.")
            // A rounding that changes nothing else: the sentence as it was.
            let rounded = try Tipdb.run(["report", "lineage", "news-rounded"], in: dir)
            #expect(rounded.stdout.contains("\n2.5 million (Daily News 2020 [1]) repeats ILO 2005 [2] (2.45 million): a minimum estimate for 1995-2004.\n"))
        }
    }

    @Test("the JSON text and the brief's lineage entry carry the same sentence")
    func jsonAndBrief() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let json = try Tipdb.run(["report", "lineage", "news-women", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(object?["text"] as? String
                == "2.4 million (Daily News 2020 [1]) repeats ILO 2005 [2] (2.45 million, for everyone not female, for 1995-2004 not 2020): "
                + "a minimum estimate.")
            let brief = try Tipdb.run(["report", "brief", "--place", "USA", "--date", "2026-11-29"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "- **Flag:** 2.4 million (Daily News 2020 [1]) repeats ILO 2005 [2] (2.45 million, in the world not the United States): "
                    + "a minimum estimate for 1995-2004. Daily News 2020 changes what it repeats from ILO 2005: the place (the United States, not World).\n"),
                "\(brief.stdout.components(separatedBy: "\n").filter { $0.contains("Daily News") })")
        }
    }
}
