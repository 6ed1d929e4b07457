import Foundation
import Testing

/// What an analyst's likely mix-ups in a figures file get from ingest and `report lineage`
/// (built binary): a source's key in `cites`, a repeat without a method, a financial year.
@Suite("ingest: a source's key in cites, a repeat's method, financial years (built binary)")
struct ReviewerIngestTests {
    @Test("a source's key in cites, or given to report lineage, is named as a source, with the query that lists its figures")
    func sourceKeyAsFigure() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("""
                key,measure,value,unit,place,period,source,cites
                b1,trafficking-victims,2.4 million,persons,World,2012,unodc-2023-glotip-2022,ilo-2005-global-alliance

                """.utf8).write(to: dir.appendingPathComponent("b.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "b.csv"], in: dir)
            #expect(ingest.status == 1)
            #expect(ingest.stderr.contains(#"b.csv:2:78: cites: "ilo-2005-global-alliance" is a source, not a figure (6 figures name it as source); cites takes the key of the figure this row repeats, and its source goes in source: list the figures with tipdb sql "SELECT key FROM figures WHERE source = 'ilo-2005-global-alliance'""#), "\(ingest.stderr)")
            let lineage = try Tipdb.run(["report", "lineage", "ilo-2005-global-alliance"], in: dir)
            #expect(lineage.status == 64)
            #expect(lineage.stderr == #"tipdb: error: "ilo-2005-global-alliance" is a source, not a figure (6 figures name it as source); report lineage takes a figure's key: list them with tipdb sql "SELECT key FROM figures WHERE source = 'ilo-2005-global-alliance'""# + "\n", "\(lineage.stderr)")
        }
    }

    @Test("a figure that cites another and gives no method is reported; one that gives its method keeps it")
    func repeatMethod() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("""
                key,measure,value,unit,place,period,source,cites,method
                blog1,trafficking-victims,2.4 million,persons,World,2012,francis-2013-shaking-up,ilo-2005-trafficked-wld,
                blog2,trafficking-victims,2.4 million,persons,World,2013,francis-2013-shaking-up,ilo-2005-trafficked-wld,estimated
                own1,trafficking-victims,2.5 million,persons,World,2014,francis-2013-shaking-up,,

                """.utf8).write(to: dir.appendingPathComponent("r.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "r.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let methods = try Tipdb.run(["sql", "--format", "csv", "SELECT key, method FROM figures WHERE key IN ('blog1', 'blog2', 'own1') ORDER BY key"], in: dir)
            #expect(methods.stdout == "key,method\r\nblog1,reported\r\nblog2,estimated\r\nown1,estimated\r\n", "\(methods.stdout)")
        }
    }

    @Test("two rows whose key cells are blank derive one key: the repeat is named as the same figure, at the start of its row")
    func blankKeyCells() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("""
                key,measure,value,place,period,source
                d1,forced-labour,1,FRA,2011,ilo-2005-global-alliance
                ,forced-labour,3,FRA,2013,ilo-2005-global-alliance
                ,forced-labour,4,FRA,2013,ilo-2005-global-alliance

                """.utf8).write(to: dir.appendingPathComponent("dup.csv"))
            let ingest = try Tipdb.run(["ingest", "dup.csv"], in: dir)
            #expect(ingest.status == 1)
            #expect(ingest.stderr.contains(
                "dup.csv:4:1: the same derived key as line 3: both rows derive key \"ilo-2005-global-alliance:forced-labour:FRA:2013\" from their measure, place, period, subgroup, unit and source (not from a study or notes); expected each figure once in a command, or a key column to tell them apart"),
                "\(ingest.stderr)")
        }
    }

    @Test("--correction and --restore-retracted without a figures file are usage errors, and nothing is written")
    func figureOnlyOptions() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("key,title,source\nst-x,A study,ilo-2005-global-alliance\n".utf8).write(to: dir.appendingPathComponent("st.csv"))
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            for option in ["--correction", "--restore-retracted"] {
                let ingest = try Tipdb.run(["ingest", option, "st.csv"], in: dir)
                #expect(ingest.status == 64, "\(ingest.stderr)")
                let scope = option == "--correction"
                    ? "figures and measures files only, and no file given holds either" : "figures only, and no file given holds figures"
                #expect(ingest.stderr.contains(
                    "\(option) applies to \(scope) (st.csv holds studies); leave it out, or add the figures file"),
                    "\(ingest.stderr)")
            }
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("2011-12 loads as December 2011 with a warning naming the financial-year form; 2012-13 and 2019/20 are refused as financial years")
    func financialYears() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("""
                key,measure,value,unit,place,period,source
                n1,detected-trafficking-victims,946,persons,GBR,2011-12,unodc-2023-glotip-2022
                n2,detected-trafficking-victims,"1,186",persons,GBR,2012-13,unodc-2023-glotip-2022
                n3,detected-trafficking-victims,"1,746",persons,GBR,2019/20,unodc-2023-glotip-2022
                n4,detected-trafficking-victims,"2,340",persons,GBR,2019-06,unodc-2023-glotip-2022

                """.utf8).write(to: dir.appendingPathComponent("fy.csv"))
            let ingest = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "fy.csv"], in: dir)
            #expect(ingest.status == 1)
            #expect(ingest.stderr.contains(#"fy.csv:3:53: period: "2012-13" reads as a financial or school year, whose first month tipdb cannot know; expected its first and last month as the source gives them, such as 2012-04/2013-03 (April to March), or 2012-2013 for the two calendar years"#), "\(ingest.stderr)")
            #expect(ingest.stderr.contains(#"fy.csv:4:53: period: "2019/20" reads as a financial or school year"#), "\(ingest.stderr)")
            #expect(ingest.stderr.contains(#"warning: fy.csv:2:49: period: "2011-12" is read as the month December 2011; if it is the financial or school year 2011/12, write its first and last month, such as 2011-04/2012-03, or 2011-2012 for the two calendar years; loaded as the month"#), "\(ingest.stderr)")
            #expect(!ingest.stderr.contains("2019-06\" is read"), "\(ingest.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, period_start FROM figures WHERE key LIKE 'n_' ORDER BY key"], in: dir)
            #expect(stored.stdout == "key,period_start\r\nn1,2011-12\r\nn4,2019-06\r\n", "\(stored.stdout)")
        }
    }

    @Test("header names from statistics portals are answered with the contract's field they mean; a UTF-16 file is named as such without --format; EU-28 is not offered EU-27")
    func namesAndEncodings() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("""
                key,measure,value,unit,country,year,source,comment,page
                h1,forced-labour,100,persons,Nepal,2019,ilo-2005-global-alliance,x,12

                """.utf8).write(to: dir.appendingPathComponent("h.csv"))
            let headers = try Tipdb.run(["ingest", "--quiet", "--kind", "figures", "h.csv"], in: dir)
            #expect(headers.status == 1)
            for (column, field) in [("country", "place"), ("year", "period"), ("comment", "notes"), ("page", "locator")] {
                #expect(headers.stderr.contains("unknown column \"\(column)\"; did you mean \"\(field)\"? Expected one of key, measure"), "\(column): \(headers.stderr)")
            }

            // Excel's "Unicode Text": UTF-16 with a byte order mark, tab-separated, saved as .txt.
            var utf16 = Data([0xFF, 0xFE])
            for unit in "key\tmeasure\r\n".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
            try utf16.write(to: dir.appendingPathComponent("u.txt"))
            let encoded = try Tipdb.run(["ingest", "u.txt"], in: dir)
            #expect(encoded.status == 1)
            #expect(encoded.stderr.contains("u.txt:1:1: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"), "\(encoded.stderr)")

            try Data("""
                key,measure,value,unit,place,period,source
                e1,detected-trafficking-victims,"14,145",persons,EU-28,2015-2016,unodc-2023-glotip-2022

                """.utf8).write(to: dir.appendingPathComponent("eu.csv"))
            // EU-28 is the Union of 2013-2020 since m0045, never EU-27.
            let eu = try Tipdb.run(["ingest", "--quiet", "eu.csv"], in: dir)
            #expect(eu.status == 0, "\(eu.stderr)")
            #expect(!eu.stderr.contains("EU-27") && !eu.stderr.contains("EU27"), "\(eu.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT place FROM figures WHERE key = 'e1'"], in: dir)
            #expect(stored.stdout == "place\r\nEU28\r\n", "\(stored.stdout)")
        }
    }
}
