import Foundation
import Testing

@Suite("CLI: GLOTIP exports, their dates and their repeated rows")
struct GLOTIPCommandTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private func released(in dir: URL) throws -> String {
        try Tipdb.run(["sql", "SELECT released FROM series_vintages", "--format", "csv"], in: dir).stdout
    }

    @Test("the export date is read as UNODC writes it and as spreadsheets re-save it", arguments: ["14/04/2025", "14/4/2025", "14.04.2025", "2025-04-14", " 14/04/2025 "])
    func readableDates(date: String) throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(GLOTIPFiles.export(date: date), to: "glotip.csv", in: dir)
            let result = try Tipdb.run(["ingest", "glotip.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: glotip.csv: vintage 1 of unodc-glotip: export of 2025-04-14 (source unodc-glotip-2025-04-14)\n"), "\(result.stderr)")
            #expect(try released(in: dir) == "released\r\n2025-04-14\r\n")
        }
    }

    @Test("a date line tipdb cannot read is an error at its position naming the forms it reads, never the file's modification date",
          arguments: [
            ("4/14/2025", "\"4/14/2025\" has no month 14: it is written month first, as a spreadsheet set to US dates writes it, where UNODC writes the day first"),
            ("14-04-2025", "\"14-04-2025\" is not a date"),
            ("Exported 14 April 2025", "\"Exported 14 April 2025\" is not a date"),
            ("31/04/2025", "\"31/04/2025\" has no day 31 in that month"),
            ("14/13/2025", "\"14/13/2025\" has no month 13"),
            ("14/04/1925", "\"14/04/1925\" is dated 1925, outside 1990 to next year"),
          ])
    func unreadableDates(date: String, problem: String) throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(GLOTIPFiles.export(date: date), to: "glotip.csv", in: dir)
            let result = try Tipdb.run(["ingest", "glotip.csv", "--dry-run"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("glotip.csv:2:1: export date \(problem); expected DD/MM/YYYY as in UNODC's export (14/04/2025), DD.MM.YYYY or YYYY-MM-DD; correct the line, or give the export date with --released YYYY-MM-DD\n"), "\(result.stderr)")
            #expect(!result.stderr.contains("modification date"))
        }
    }

    @Test("--released dates an export whose preamble date cannot be read, and says so; it still may not contradict a readable one")
    func releasedOverridesAnUnreadableDate() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(GLOTIPFiles.export(date: "4/14/2025"), to: "us.csv", in: dir)
            let result = try Tipdb.run(["ingest", "us.csv", "--released", "2025-04-14"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: us.csv:2:1: the export date \"4/14/2025\" cannot be read; --released 2025-04-14 is used as the vintage date\n"), "\(result.stderr)")
            #expect(try released(in: dir) == "released\r\n2025-04-14\r\n")

            try write(GLOTIPFiles.export(date: "14.04.2025"), to: "dots.csv", in: dir)
            let contradiction = try Tipdb.run(["ingest", "dots.csv", "--released", "2025-05-01"], in: dir)
            #expect(contradiction.status == 1)
            #expect(contradiction.stderr.hasPrefix("dots.csv:2:1: the preamble dates this export 2025-04-14, and --released says 2025-05-01; expected --released only for a file without the preamble (or whose preamble date cannot be read), or the same date\n"), "\(contradiction.stderr)")
        }
    }

    @Test("an empty date line, or no preamble, falls back to the file's modification date with a note")
    func missingDate() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(GLOTIPFiles.export(date: ""), to: "blank.csv", in: dir)
            let blank = try Tipdb.run(["ingest", "blank.csv", "--dry-run"], in: dir)
            #expect(blank.status == 0, "\(blank.stderr)")
            #expect(blank.stderr.contains("note: blank.csv: no export date in a preamble line; the file's modification date "), "\(blank.stderr)")
            // A copy without the publisher's line: its only preamble line is the date.
            let dated = GLOTIPFiles.export(date: "14/04/2025").split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
            try write(dated, to: "dated.csv", in: dir)
            let one = try Tipdb.run(["ingest", "--format", "glotip", "dated.csv", "--dry-run"], in: dir)
            #expect(one.status == 0, "\(one.stderr)")
            #expect(one.stderr.contains("note: dated.csv: vintage 1 of unodc-glotip: export of 2025-04-14 "), "\(one.stderr)")
        }
    }

    @Test("rows that give the same figure once names are resolved are loaded once, and the note says what they share", arguments: [1, 3])
    func repeatedFigures(repeats: Int) throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let row = { (country: String) in
                "DEU,Germany,Europe,Western Europe,Detected trafficking victims,by citizenship,\(country),Total,Total,2020,Counts,7,GLOTIP\n"
            }
            let names = ["Turkey", "Türkiye", "TURKEY", "Turkey"]
            try write(GLOTIPFiles.top() + row("Türkiye") + names.prefix(repeats).map(row).joined(), to: "glotip.csv", in: dir)
            let result = try Tipdb.run(["ingest", "glotip.csv", "--dry-run"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let key = "unodc-glotip:detected-trafficking-victims:DEU:2020:citizenship-TUR"
            let note = repeats == 1
                ? "note: glotip.csv:5:110: 1 row repeats the figure of an earlier row: the same indicator, country, year, sex, age, dimension and category once names are resolved, with the same value (line 5 repeats line 4: \(key)); loaded once\n"
                : "note: glotip.csv:5:110: 3 rows repeat the figure of earlier rows: the same indicator, country, year, sex, age, dimension and category once names are resolved, with the same value (the first, line 5, repeats line 4: \(key)); each loaded once\n"
            #expect(result.stderr.contains(note), "\(result.stderr)")
            #expect(result.stdout == "glotip.csv: \(repeats + 1) read, 1 inserted, 0 updated, \(repeats) unchanged, 0 rejected (dry run: nothing written)\n")
        }
    }

    @Test("every problem of an export is listed and counted, beyond the first 100 it used to stop at")
    func everyProblemListed() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let row = "NGA,Nigeria,Africa,Sub-Saharan Africa,Detected trafficking victims,Total,Total,Total,Total,YEAR,Counts,4.5,GLOTIP\n"
            let rows = (1801...2050).map { row.replacingOccurrences(of: "YEAR", with: "\($0)") }
            try write(GLOTIPFiles.top() + rows.joined(), to: "data_glotip.csv", in: dir)
            let problem = "txtVALUE: \"4.5\" is not a whole number, but persons are counted in whole numbers; expected a whole number or <5"
            let listed = (4...253).map { "data_glotip.csv:\($0):104: \(problem)" }
            let result = try Tipdb.run(["ingest", "data_glotip.csv"], in: dir)
            #expect(result.status == 1)
            // It printed "150 more problems not listed (the first 100 are)" first, then counted
            // that line as the 101st problem.
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.filter { $0.hasPrefix("data_glotip.csv") } == listed)
            #expect(lines.last == "tipdb: 250 problems found; nothing was loaded: fix them (every row was refused, so --on-error skip would load none)")
            #expect(result.stdout == "data_glotip.csv: 250 read, 250 rejected; nothing written (the command was rejected)\n")

            // Under skip, with one valid row: all 249 listed, and the 249 rows kept.
            try write(GLOTIPFiles.top() + rows.dropLast().joined() + row.replacingOccurrences(of: "YEAR", with: "2050").replacingOccurrences(of: "4.5", with: "45"),
                      to: "data_glotip.csv", in: dir)
            let skipped = try Tipdb.run(["ingest", "--on-error", "skip", "data_glotip.csv"], in: dir)
            #expect(skipped.status == 1)
            let skippedLines = skipped.stderr.split(separator: "\n").map(String.init)
            #expect(skippedLines.filter { $0.hasPrefix("data_glotip.csv") } == Array(listed.dropLast()))
            #expect(skippedLines.last == "tipdb: 249 problems found; the rows concerned were skipped and kept in ingest_rejects")
            #expect(try Tipdb.run(["sql", "SELECT count(*) AS n, min(line) AS first, max(line) AS last FROM ingest_rejects", "--format", "csv"], in: dir).stdout
                == "n,first,last\r\n249,4,252\r\n")
        }
    }

    @Test("citizenship names resolve alike however UN tables word them; a note lists the categories left as text")
    func citizenshipNames() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let row = "NGA,Nigeria,Africa,Sub-Saharan Africa,Detected trafficking victims,by citizenship,"
            try write(GLOTIPFiles.top() + """
                \(row)Dem. Rep. of the Congo,Total,Total,2019,Counts,12,GLOTIP
                \(row)Congo DR,Total,Total,2020,Counts,14,GLOTIP
                \(row)DR Congo,Total,Total,2021,Counts,9,GLOTIP
                \(row)"Congo, Dem. Rep. of the",Total,Total,2022,Counts,8,GLOTIP
                \(row)Serbia and Montenegro,Total,Total,2019,Counts,3,GLOTIP
                \(row)Nationals,Total,Total,2019,Counts,30,GLOTIP
                \(row)Serbia and Montenegro,Total,Total,2020,Counts,4,GLOTIP
                \(row)England and Wales,Total,Total,2020,Counts,<5,GLOTIP

                """, to: "c.csv", in: dir)
            let result = try Tipdb.run(["ingest", "c.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("""
                note: c.csv: 2 citizenship or repatriation categories name no place tipdb knows: kept as published, without a place \
                (figure_breakdowns.place is NULL): "Serbia and Montenegro" (line 8, 2 rows), "England and Wales" (line 11)

                """), "\(result.stderr)")
            #expect(try Tipdb.run(["sql", "SELECT b.figure, b.category, b.place FROM figure_breakdowns b JOIN figures f ON f.key = b.figure ORDER BY f.id", "--format", "csv"], in: dir).stdout
                .replacingOccurrences(of: "\r\n", with: "\n") == """
                figure,category,place
                unodc-glotip:detected-trafficking-victims:NGA:2019:citizenship-COD,COD,COD
                unodc-glotip:detected-trafficking-victims:NGA:2020:citizenship-COD,COD,COD
                unodc-glotip:detected-trafficking-victims:NGA:2021:citizenship-COD,COD,COD
                unodc-glotip:detected-trafficking-victims:NGA:2022:citizenship-COD,COD,COD
                unodc-glotip:detected-trafficking-victims:NGA:2019:citizenship-Serbia-and-Montenegro,Serbia and Montenegro,
                unodc-glotip:detected-trafficking-victims:NGA:2019:citizenship-Nationals,Nationals,
                unodc-glotip:detected-trafficking-victims:NGA:2020:citizenship-Serbia-and-Montenegro,Serbia and Montenegro,
                unodc-glotip:detected-trafficking-victims:NGA:2020:citizenship-England-and-Wales,England and Wales,

                """)
        }
    }
}
