import Foundation
import Storage
import Testing

/// A figure that repeats another but changes it (the number beyond rounding, the measure, place,
/// unit, subgroup or period) is named as such in the brief, `report lineage` and `tipdb check`;
/// a rounded repeat (2.4 million for 2.45 million) is not.
@Suite("Repeats that change what they repeat (built binary)")
struct RepeatChangeTests {
    /// The Fixtures, plus a news source whose figures all cite ILO 2005's 2.45 million.
    ///
    /// The 2.45 million is stripped of its minimum (`low`), as the Fixtures stored it before: these
    /// tests are about the number, place, subgroup and period, and a repeat that drops the
    /// minimum is flagged for its range (`RepeatDropsRangeTests`), which every repeat here would be.
    private func makeDatabase(in dir: URL) throws {
        try makeFixtureDatabase(in: dir)
        do {
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            defer { db.close() }
            try db.execute("UPDATE figures SET low = NULL WHERE key = 'ilo-2005-trafficked-wld'")
        }
        try Data("key,kind,title,publisher,date\nnews-2020,article,Trafficking today,Daily News,2020\n".utf8)
            .write(to: dir.appendingPathComponent("s.csv"))
        let figures = """
            key,measure,value,unit,place,period,sex,source,cites,method
            news-tenfold,trafficking-victims,24 million,persons,WLD,1995-2004,total,news-2020,ilo-2005-trafficked-wld,reported
            news-usa,trafficking-victims,2.4 million,persons,USA,1995-2004,total,news-2020,ilo-2005-trafficked-wld,reported
            news-women,trafficking-victims,2.4 million,persons,WLD,2020,female,news-2020,ilo-2005-trafficked-wld,reported
            news-rounded,trafficking-victims,2.5 million,persons,WLD,1995-2004,total,news-2020,ilo-2005-trafficked-wld,reported

            """
        try Data(figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// A new database with a news article and an NGO report as sources, and `figures` (CSV) loaded.
    private func makeNewsDatabase(in dir: URL, figures: String) throws {
        try Tipdb.run(["init"], in: dir)
        try Data("""
            key,kind,title,publisher,date
            ngo-2019,report,Detected victims 2019,Example NGO,2019
            news-2020,article,Trafficking today,Daily News,2020

            """.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data(figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "f.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    @Test("the brief flags each changed repeat with what changed; the rounded ones stay as they were")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief", "--place", "World", "--place", "USA"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.components(separatedBy: "\n")
            func line(_ start: String) -> String? { lines.first { $0.hasPrefix(start) } }
            #expect(lines.filter { $0.hasPrefix("- **Flag:** ") && $0.contains("(Daily News 2020") }.count == 3)
            #expect(line("- **Flag:** 24 million (Daily News 2020")?.hasSuffix(
                "Daily News 2020 changes what it repeats from ILO 2005: the number (24 million, not 2.45 million).") == true,
                "\(lines.filter { $0.contains("Daily News") })")
            #expect(lines.contains { $0.hasPrefix("- **Flag:** 2.4 million (Daily News 2020") && $0.hasSuffix(
                "Daily News 2020 changes what it repeats from ILO 2005: the place (the United States, not World).") })
            #expect(lines.contains { $0.hasPrefix("- **Flag:** 2.4 million (Daily News 2020") && $0.hasSuffix(
                "Daily News 2020 changes what it repeats from ILO 2005: the subgroup (female, not all), the period (2020, not 1995-2004).") },
                "\(lines.filter { $0.contains("Daily News") })")
            // Figure tables name the changes in their lineage column.
            #expect(result.stdout.contains("reported; repeats ILO 2005 (2.45 million, 1995-2004); changed on the way: the subgroup and the period |"))
            // 2.5 million for 2.45 million, and UNODC's and Francis's 2.4 million: roundings, not flagged.
            #expect(lines.contains { $0.hasPrefix("- 2.5 million (Daily News 2020") && !$0.contains("changes") })
            #expect(lines.contains { $0.hasPrefix("- 2.4 million (Francis 2013") && !$0.contains("changes") })

            let json = try Tipdb.run(["report", "brief", "--format", "json", "--place", "USA"], in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let lineage = object?["lineage"] as? [[String: Any]]
            let entry = lineage?.first { $0["figure"] as? String == "news-usa" }
            #expect(entry?["changes"] as? [String] == ["Daily News 2020 changes what it repeats from ILO 2005: the place (the United States, not World)"])
            #expect(entry?["flagged"] as? Bool == true)
        }
    }

    @Test("report lineage prints a FLAG line for a changed link; tipdb check warns repeat-changed for each figure, not for roundings")
    func lineageAndCheck() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let lineage = try Tipdb.run(["report", "lineage", "news-tenfold"], in: dir)
            #expect(lineage.status == 0, "\(lineage.stderr)")
            #expect(lineage.stdout.contains("\nFLAG: Daily News 2020 changes what it repeats from ILO 2005: the number (24 million, not 2.45 million).\n"))
            let francis = try Tipdb.run(["report", "lineage", "francis-2013-trafficked-wld"], in: dir)
            #expect(!francis.stdout.contains("FLAG"))

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout.contains("repeat-changed"))
            #expect(check.stdout.contains("news-tenfold repeats ilo-2005-trafficked-wld with value 24000000, not 2450000"))
            #expect(check.stdout.contains("news-usa repeats ilo-2005-trafficked-wld with place USA, not WLD"))
            #expect(check.stdout.contains("news-women repeats ilo-2005-trafficked-wld with subgroup female/total/all forms, not total/total/all forms; period 2020, not 1995-2004"))
            #expect(check.stdout.contains("warning: repeat-changed: figures that repeat another (cites) but change what it says"))
            #expect(check.stdout.contains("say so when citing (3)\n"))
            #expect(!check.stdout.contains("news-rounded"))
            #expect(!check.stdout.contains("francis-2013-trafficked-wld repeats"))
        }
    }

    @Test("a repeat that gives a number for a censored count (<5), or censors an exact one, is flagged in the brief, lineage and check")
    func censoredRepeats() throws {
        try withTemporaryDirectory { dir in
            try makeNewsDatabase(in: dir, figures: """
                key,measure,value,unit,place,period,source,cites,method
                ngo-few,detected-trafficking-victims,<5,persons,GBR,2019,ngo-2019,,detected
                ngo-seven,detected-trafficking-victims,7,persons,GBR,2018,ngo-2019,,detected
                news-exact,detected-trafficking-victims,4,persons,GBR,2019,news-2020,ngo-few,reported
                news-censored,detected-trafficking-victims,<5,persons,GBR,2018,news-2020,ngo-seven,reported
                news-same,detected-trafficking-victims,<5,persons,GBR,2019,news-2020,ngo-few,reported

                """)

            let brief = try Tipdb.run(["report", "brief"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(brief.stdout.contains("Daily News 2020 changes what it repeats from Example NGO 2019: the number (4, not \\<5)."),
                    "\(brief.stdout)")
            #expect(brief.stdout.contains("Daily News 2020 changes what it repeats from Example NGO 2019: the number (\\<5, not 7)."))

            let lineage = try Tipdb.run(["report", "lineage", "news-exact"], in: dir)
            #expect(lineage.stdout.contains("\nFLAG: Daily News 2020 changes what it repeats from Example NGO 2019: the number (4, not <5).\n"),
                    "\(lineage.stdout)")

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("news-exact repeats ngo-few with value 4, not <5"), "\(check.stdout)")
            #expect(check.stdout.contains("news-censored repeats ngo-seven with value <5, not 7"))
            #expect(!check.stdout.contains("news-same repeats"))
        }
    }

    @Test("a repeat that drops a breakdown (a count of nationals repeated as the country's total) changes the subgroup")
    func breakdownDropped() throws {
        try withTemporaryDirectory { dir in
            try makeNewsDatabase(in: dir, figures: """
                key,measure,value,unit,place,period,source,cites,method
                ngo-nationals,detected-trafficking-victims,30,persons,ALB,2021,ngo-2019,,detected
                news-total,detected-trafficking-victims,30,persons,ALB,2021,news-2020,ngo-nationals,reported

                """)
            // Not flagged while the cited figure is the total, flagged once it is a count of nationals only.
            #expect(!(try Tipdb.run(["check"], in: dir)).stdout.contains("news-total repeats"))
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("INSERT INTO figure_breakdowns (figure, dimension, category) VALUES ('ngo-nationals', 'citizenship', 'Nationals')")
            db.close()

            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains(
                "news-total repeats ngo-nationals with subgroup total/total/all forms, not total/total/all forms (citizenship=Nationals)"),
                "\(check.stdout)")
            let lineage = try Tipdb.run(["report", "lineage", "news-total"], in: dir)
            #expect(lineage.stdout.contains(
                "\nFLAG: Daily News 2020 changes what it repeats from Example NGO 2019: the subgroup (all, not citizenship: Nationals).\n"),
                "\(lineage.stdout)")
        }
    }
}
