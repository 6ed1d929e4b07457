import Foundation
import Testing

/// A repeat that gives the bare number of a figure published with a range (an interval, or the
/// bound that made it a minimum) drops what made it uncertain: the brief, `report lineage` and
/// `tipdb check` name the change (`RepeatChange.range`); a repeat that keeps a range is not flagged.
@Suite("Repeats that drop the range of what they repeat (built binary)")
struct RepeatDropsRangeTests {
    private func makeDatabase(in dir: URL) throws {
        try Tipdb.run(["init"], in: dir)
        try Data("""
            key,kind,title,publisher,date
            ngo-2019,report,Forced labour in Nepal,Example NGO,2019
            news-2020,article,Trafficking today,Daily News,2020

            """.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data("""
            key,measure,value,low,high,ci_level,unit,place,period,source,cites,method
            ngo-est,forced-labour,12000,10000,17000,0.95,persons,NPL,2019,ngo-2019,,estimated
            ngo-min,forced-labour,30000,30000,,,persons,IND,2019,ngo-2019,,estimated
            news-bare,forced-labour,12000,,,,persons,NPL,2019,news-2020,ngo-est,reported
            news-min,forced-labour,30000,,,,persons,IND,2019,news-2020,ngo-min,reported
            news-kept,forced-labour,12000,10000,17000,,persons,NPL,2019,news-2020,ngo-est,reported

            """.utf8).write(to: dir.appendingPathComponent("f.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("the brief and report lineage name the dropped interval and the dropped minimum; a repeat keeping a range is not flagged")
    func briefAndLineage() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let brief = try Tipdb.run(["report", "brief"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains(
                "Daily News 2020 changes what it repeats from Example NGO 2019: the range (none given, not 10,000 to 17,000 (95% interval))."),
                "\(brief.stdout)")
            #expect(brief.stdout.contains(
                "Daily News 2020 changes what it repeats from Example NGO 2019: the range (none given, not at least 30,000)."))
            #expect(brief.stdout.components(separatedBy: "the range (none given").count == 3)

            let lineage = try Tipdb.run(["report", "lineage", "news-bare"], in: dir)
            #expect(lineage.stdout.contains(
                "\nFLAG: Daily News 2020 changes what it repeats from Example NGO 2019: the range (none given, not 10,000 to 17,000 (95% interval)).\n"),
                "\(lineage.stdout)")
            let kept = try Tipdb.run(["report", "lineage", "news-kept"], in: dir)
            #expect(kept.status == 0 && !kept.stdout.contains("FLAG"), "\(kept.stdout)")

            let json = try Tipdb.run(["report", "lineage", "news-min", "--format", "json"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let flags = object?["flags"] as? [[String: Any]]
            #expect(flags?.map { $0["code"] as? String } == ["repeat-changes"], "\(json.stdout)")
            #expect(flags?.first?["changes"] as? [String] == ["range"])
        }
    }

    @Test("tipdb check warns repeat-changed with the range each repeat dropped, and not for the repeat that kept one")
    func check() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.contains("news-bare repeats ngo-est with no range, not 10000 to 17000"), "\(check.stdout)")
            #expect(check.stdout.contains("news-min repeats ngo-min with no range, not at least 30000"))
            #expect(!check.stdout.contains("news-kept repeats"))
            #expect(check.stdout.contains("the range dropped (a minimum or an interval passed on as a bare number)"))
        }
    }
}
