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

    /// Review of session 30: only a dropped range was flagged; a repeat that narrowed the
    /// interval, gave it another level, made it a minimum or invented one passed as faithful.
    @Test("a repeat that narrows, relevels, one-sides or invents a range is named in the brief, lineage and check")
    func changedRanges() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data("""
                key,kind,title,publisher,date
                p1,report,Primary,Institute P,2018
                r1,article,Repeat one,Paper R,2020

                """.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                key,measure,value,low,high,ci_level,unit,place,period,source,cites,method
                prim,forced-labour,2.45 million,,,,persons,IND,2017,p1,,estimated
                prim-ci,forced-labour,40000,30000,50000,0.95,persons,PAK,2017,p1,,estimated
                rep-narrow,forced-labour,40000,35000,45000,0.95,persons,PAK,2017,r1,prim-ci,reported
                rep-level,forced-labour,40000,30000,50000,0.9,persons,PAK,2017,r1,prim-ci,reported
                rep-min,forced-labour,40000,40000,,,persons,PAK,2017,r1,prim-ci,reported
                rep-added,forced-labour,2.45 million,2 million,3 million,0.95,persons,IND,2017,r1,prim,reported
                rep-same,forced-labour,40000,30000,50000,0.95,persons,PAK,2017,r1,prim-ci,reported

                """.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")

            let brief = try Tipdb.run(["report", "brief"], in: dir)
            let was = "not 30,000 to 50,000 (95% interval)"
            for now in ["35,000 to 45,000 (95% interval)", "30,000 to 50,000 (90% interval)", "at least 40,000"] {
                #expect(brief.stdout.contains("Paper R 2020 changes what it repeats from Institute P 2018: the range (\(now), \(was))."),
                        "\(now)\n\(brief.stdout)")
            }
            #expect(brief.stdout.contains(
                "Paper R 2020 changes what it repeats from Institute P 2018: the range (2 to 3 million (95% interval), not none)."),
                "\(brief.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "rep-min"], in: dir)
            #expect(lineage.stdout.contains("\nFLAG: Paper R 2020 changes what it repeats from Institute P 2018: the range (at least 40,000, \(was)).\n"),
                    "\(lineage.stdout)")
            let same = try Tipdb.run(["report", "lineage", "rep-same"], in: dir)
            #expect(!same.stdout.contains("FLAG"), "\(same.stdout)")

            let check = try Tipdb.run(["check"], in: dir)
            for row in [
                "rep-narrow repeats prim-ci with range 35000 to 45000 (95%), not 30000 to 50000 (95%)",
                "rep-level repeats prim-ci with range 30000 to 50000 (90%), not 30000 to 50000 (95%)",
                "rep-min repeats prim-ci with range at least 40000, not 30000 to 50000 (95%)",
                "rep-added repeats prim with range 2000000 to 3000000 (95%), not none",
            ] {
                #expect(check.stdout.contains(row), "\(row)\n\(check.stdout)")
            }
            #expect(!check.stdout.contains("rep-same repeats"))
        }
    }
}
