import Foundation
import Testing

/// What a teaching assistant loading students' Excel and LibreOffice exports found (session 49),
/// each from a small file written byte for byte as a spreadsheet saves it (CRLF line ends): a
/// study's sample size in scientific notation, a count saved with the Number format's `.00`, the
/// semicolon advice for a European locale, Mac OS Roman and DOS bytes, a typographic-quoted cell
/// split by its comma, Excel's error values, `########`, text-prefix apostrophes and date forms,
/// `Jul-05` (a year typed into a date cell), and the README's recipe for each spreadsheet.
@Suite("ingest: students' spreadsheet exports are told what the spreadsheet did (built binary)")
struct SpreadsheetExportReviewTests {
    static let source = "key,title,publisher,date\r\nclass-src,Class exercise source,Teaching Unit,2020\r\n"

    /// A database in `dir` holding the class's source.
    static func database(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try write(Self.source, "src.csv", in: dir)
        let load = try Tipdb.run(["ingest", "src.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    static func write(_ text: String, _ name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    /// The lines of `stderr` about `file` (`file:`, or `warning: file:`).
    static func lines(_ stderr: String, about file: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix(file + ":") || $0.hasPrefix("warning: " + file + ":") }
    }

    @Test("a study's sample_size in Excel's scientific notation gets the warning a figure's value gets, at its cell")
    func sampleSizeExponent() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("key,title,source,method,period,places,population,sample_size,summary\r\n"
                + "st1,Student survey,class-src,,2019,CIV,adults,1.23E+04,x\r\n", "studies.csv", in: dir)
            let load = try Tipdb.run(["ingest", "studies.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            #expect(Self.lines(load.stderr, about: "studies.csv") == [
                "warning: studies.csv:2:47: sample_size: \"1.23E+04\" is in the scientific notation a spreadsheet saves a number in when its "
                    + "column is too narrow, which keeps only the digits shown (3 of 5: read as 12,300); check it against the source, and "
                    + "widen the column before saving (or format it as Number with no decimal places); loaded as written",
            ], "\(load.stderr)")
            #expect(load.stdout.contains("studies.csv: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected, 1 warning"), "\(load.stdout)")
        }
    }

    @Test("a count's zeros after its point (Excel's Number format) are not printed, with a warning; a share keeps its zeros")
    func countZeros() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("key,measure,value,unit,place,period,source\r\n"
                + "f2,detected-trafficking-victims,\"2,450,000.00\",persons,GHA,2019,class-src\r\n"
                + "f3,detected-trafficking-victims,1234.00,persons,GHA,2020,class-src\r\n"
                + "f4,detected-trafficking-victims,12.50%,percent,GHA,2018,class-src\r\n", "numfmt.csv", in: dir)
            let load = try Tipdb.run(["ingest", "numfmt.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let tail = "counted in whole numbers, so the zeros claim no precision and are not kept: loaded as "
            // Only this rule's warnings: the percent row's share warning and f3's series jump are other rules'.
            #expect(Self.lines(load.stderr, about: "numfmt.csv").filter { $0.contains("zeros after its point") } == [
                "warning: numfmt.csv:2:33: value: \"2,450,000.00\" is a count of persons with zeros after its point, as a spreadsheet's Number, "
                    + "Comma Style or Accounting format saves every number of a column; persons are " + tail
                    + "2,450,000 (format the column with no decimal places before saving to leave them out)",
                "warning: numfmt.csv:3:33: value: \"1234.00\" is a count of persons with zeros after its point, as a spreadsheet's Number, "
                    + "Comma Style or Accounting format saves every number of a column; persons are " + tail
                    + "1,234 (format the column with no decimal places before saving to leave them out)",
            ], "\(load.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value, value_last_digit FROM figures ORDER BY key"], in: dir)
            #expect(stored.stdout == "key,value,value_last_digit\r\nf2,2450000.0,\r\nf3,1234.0,\r\nf4,12.5,-2\r\n", "\(stored.stdout)")
            let json = try Tipdb.run(["report", "brief", "--place", "GHA", "--date", "2026-01-01", "--format", "json"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(!json.stdout.contains(".00\""), "\(json.stdout)")
            #expect(json.stdout.contains("\"valueText\": \"12.50%\"") || json.stdout.contains("\"valueText\": \"12.50\""), "\(json.stdout)")
        }
    }

    @Test("the semicolon error names the settings that change the separator, not the file type that wrote it")
    func semicolonAdvice() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("key;measure;value;unit;place;period;source\r\nf4;detected-trafficking-victims;1234;persons;CIV;2019;class-src\r\n",
                           "semi.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--dry-run", "semi.csv"], in: dir)
            #expect(load.status == 1)
            #expect(Self.lines(load.stderr, about: "semi.csv") == [
                "semi.csv:1:1: the header is one column, \"key;measure;value;unit;place;period;source\", whose names are separated by semicolons; "
                    + "tipdb reads commas or tabs, with the full stop as decimal mark; a spreadsheet set to a language that writes 2,5 for 2.5 "
                    + "(German, French, Spanish, Italian, Dutch, Polish, ...) separates a CSV file's cells with semicolons, \"CSV UTF-8 (Comma "
                    + "delimited)\" too, so saving again as that gives the same file: first set the decimal symbol to . and the list separator "
                    + "to , (Windows: Region > Additional settings; macOS: Language & Region > Number format 1,234,567.89), then save as "
                    + "\"CSV UTF-8 (Comma delimited)\"; in LibreOffice Calc, set Tools > Options > Language Settings > Languages > Locale "
                    + "setting to English (USA), then Save As \"Text CSV\" with Edit filter settings: Field delimiter , (README: \"Preparing "
                    + "a file in a spreadsheet\")",
            ], "\(load.stderr)")
        }
    }

    @Test("a Mac OS Roman or DOS byte is told its reading in each encoding Excel saves, not one character as fact")
    func oneByteEncodings() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            let header = Array("key,measure,value,unit,place,period,source,quote\r\n".utf8)
            // `Côte` as "CSV (Macintosh)" writes it (ô is 0x99) and as "CSV (MS-DOS)" does (0x93).
            try Data(header + Array("f5,detected-trafficking-victims,1234,persons,CIV,2019,class-src,C".utf8) + [0x99] + Array("te\r\n".utf8))
                .write(to: dir.appendingPathComponent("mac.csv"))
            try Data(header + Array("f6,detected-trafficking-victims,1234,persons,CIV,2019,class-src,C".utf8) + [0x93] + Array("te\r\n".utf8))
                .write(to: dir.appendingPathComponent("dos.csv"))
            let fix = ", whichever the cell holds: save it as UTF-8 (from Excel: Save As, file type \"CSV UTF-8 (Comma delimited)\")"
            let mac = try Tipdb.run(["ingest", "--dry-run", "mac.csv"], in: dir)
            #expect(mac.status == 1)
            #expect(Self.lines(mac.stderr, about: "mac.csv").first == "mac.csv:2:66: invalid UTF-8 byte 0x99 at byte offset 115 (a continuation byte "
                + "without a lead byte); the file is in a one-byte encoding, not UTF-8, and one byte does not tell which: this one is ™ in "
                + "Windows-1252 (Excel's \"CSV\"), ô in Mac OS Roman (\"CSV (Macintosh)\") or Ö in DOS code page 850 (\"CSV (MS-DOS)\")" + fix,
                "\(mac.stderr)")
            let dos = try Tipdb.run(["ingest", "--dry-run", "dos.csv"], in: dir)
            #expect(Self.lines(dos.stderr, about: "dos.csv").first == "dos.csv:2:66: invalid UTF-8 byte 0x93 at byte offset 115 (a continuation byte "
                + "without a lead byte); the file is in a one-byte encoding, not UTF-8, and one byte does not tell which: this one is “ in "
                + "Windows-1252 (Excel's \"CSV\"), ì in Mac OS Roman (\"CSV (Macintosh)\") or ô in DOS code page 850 (\"CSV (MS-DOS)\")" + fix,
                "\(dos.stderr)")
        }
    }

    @Test("the typographic-quoted cell a comma split is named, whole, not an earlier one its own quotes close")
    func splitTypographicQuote() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("key,measure,value,unit,place,period,source,locator,quote\r\n"
                + "f7,detected-trafficking-victims,5,persons,CIV,2018,class-src,\u{201C}Table 2\u{201D},\u{201C}In 2019, 1234 victims were detected\u{201D}\r\n",
                "smart.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--dry-run", "smart.csv"], in: dir)
            #expect(load.status == 1)
            #expect(Self.lines(load.stderr, about: "smart.csv") == [
                "smart.csv:2:72: \"\u{201C}In 2019, 1234 victims were detected\u{201D}\" opens with a typographic quote (\u{201C}), which CSV does not "
                    + "read as quoting, so a comma inside it splits the cell (the row has 10 fields, the header 9); expected straight double "
                    + "quotes (\") around a cell that holds the delimiter",
            ], "\(load.stderr)")
        }
    }

    @Test("Excel's renderings are named for what they are: ########, error values, d-mmm-yy, a date and time, mm-yyyy, apostrophes")
    func renderings() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("key,measure,value,unit,place,period,source,notes\r\n"
                + "g1,detected-trafficking-victims,########,persons,CIV,2019,class-src,x\r\n"
                + "g2,detected-trafficking-victims,#DIV/0!,persons,CIV,2018,class-src,x\r\n"
                + "g3,detected-trafficking-victims,5,persons,CIV,31-Dec-19,class-src,x\r\n"
                + "g4,detected-trafficking-victims,6,persons,CIV,6/30/2019 0:00,class-src,x\r\n"
                + "g5,detected-trafficking-victims,7,persons,CIV,06-2019,class-src,x\r\n"
                + "g6,detected-trafficking-victims,'1234,persons,CIV,2016,class-src,x\r\n"
                + "g7,detected-trafficking-victims,8,persons,CIV,'2015,class-src,x\r\n", "artifacts.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--dry-run", "artifacts.csv"], in: dir)
            #expect(load.status == 1)
            let apostrophe = " starts with an apostrophe, the prefix a spreadsheet takes to keep what is typed as text (LibreOffice saves it as part "
                + "of a cell formatted as Text); expected "
            let keep = " (format the column as Text before typing or pasting, and Excel keeps what is typed)"
            #expect(Self.lines(load.stderr, about: "artifacts.csv") == [
                "artifacts.csv:2:33: value: \"########\" is what a spreadsheet shows, and saves, for a number or date too wide for its column; "
                    + "expected the value itself: widen the column and save again",
                "artifacts.csv:3:33: value: \"#DIV/0!\" is the error a spreadsheet formula shows, and saves, in place of its result (#DIV/0!: a "
                    + "division by zero); expected the value itself: correct the formula, or copy the column and paste it as values, before saving",
                "artifacts.csv:4:47: period: \"31-Dec-19\" is a date as Excel displays one (d-mmm-yy: 31 December 2019), not a period tipdb reads: "
                    + "Excel turned the cell into a date; expected 2019-12-31 (or 2019-12 or 2019 if the figure covers the month or the year)" + keep,
                "artifacts.csv:5:47: period: \"6/30/2019 0:00\" is a date and time as Excel displays one (the time, 0:00, is no part of a period); "
                    + "its date, \"6/30/2019\" is a date as Excel writes one in the United States (m/d/yyyy: 30 June 2019), not a period tipdb reads; "
                    + "expected 2019-06-30 (or 2019-06 or 2019 if the figure covers the month or the year)" + keep,
                "artifacts.csv:6:47: period: \"06-2019\" is a month written month first (mm-yyyy: June 2019), as a spreadsheet displays a date "
                    + "formatted so, not a period tipdb reads; expected 2019-06 (or 2019 if the figure covers the year)" + keep,
                "artifacts.csv:7:33: value: \"'1234\"" + apostrophe + "1234: delete the apostrophe (a column formatted as Text before typing keeps "
                    + "what is typed without one)",
                "artifacts.csv:8:47: period: \"'2015\"" + apostrophe + "2015: delete the apostrophe (a column formatted as Text before typing keeps "
                    + "what is typed without one)",
            ], "\(load.stderr)")
        }
    }

    @Test("an apostrophe-prefixed key or tag and a note of #REF! are refused at the cell, not stored; prose opening with one is warned of")
    func storedArtifacts() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("key,measure,value,unit,place,period,source,notes,tags\r\n"
                + "'g8,detected-trafficking-victims,9,persons,CIV,2014,class-src,#REF!,'class-2025\r\n", "silent.csv", in: dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let load = try Tipdb.run(["ingest", "silent.csv"], in: dir)
            #expect(load.status == 1)
            let apostrophe = " starts with an apostrophe, the prefix a spreadsheet takes to keep what is typed as text (LibreOffice saves it as part "
                + "of a cell formatted as Text); expected "
            let delete = ": delete the apostrophe (a column formatted as Text before typing keeps what is typed without one)"
            #expect(Self.lines(load.stderr, about: "silent.csv") == [
                "silent.csv:2:1: key: \"'g8\"" + apostrophe + "g8" + delete,
                "silent.csv:2:63: notes: \"#REF!\" is the error a spreadsheet formula shows, and saves, in place of its result (#REF!: a reference "
                    + "to a cell that no longer exists); expected the value itself: correct the formula, or copy the column and paste it as values, "
                    + "before saving",
                "silent.csv:2:69: tags: \"'class-2025\"" + apostrophe + "class-2025" + delete,
            ], "\(load.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)

            try Self.write("key,measure,value,unit,place,period,source,notes\r\n"
                + "g9,detected-trafficking-victims,9,persons,CIV,2014,class-src,'see table 3\r\n", "prose.csv", in: dir)
            let prose = try Tipdb.run(["ingest", "prose.csv"], in: dir)
            #expect(prose.status == 0, "\(prose.stderr)")
            #expect(Self.lines(prose.stderr, about: "prose.csv") == [
                "warning: prose.csv:2:62: notes: \"'see table 3\" opens with an apostrophe it does not close, which may be the prefix a spreadsheet "
                    + "takes to keep a cell as text; loaded as written: delete the apostrophe if it is not part of the text",
            ], "\(prose.stderr)")
        }
    }

    @Test("Jul-05 and Jun-05 are told both readings, July 2005 or a year typed into a date cell, and how to tell them apart")
    func typedYearOrMonth() throws {
        try withTemporaryDirectory { dir in
            try Self.database(in: dir)
            try Self.write("key,measure,value,unit,place,period,source\r\n"
                + "y1,detected-trafficking-victims,5,persons,CIV,Jul-05,class-src\r\n"
                + "y2,detected-trafficking-victims,5,persons,CIV,Jun-05,class-src\r\n"
                + "y3,detected-trafficking-victims,5,persons,CIV,11-Jul-05,class-src\r\n", "yr.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--dry-run", "yr.csv"], in: dir)
            #expect(load.status == 1)
            let keep = " (format the column as Text before typing or pasting, and Excel keeps what is typed)"
            #expect(Self.lines(load.stderr, about: "yr.csv") == [
                "yr.csv:2:47: period: \"Jul-05\" is a month as Excel displays a date (mmm-yy: July 2005), or a year from 2009 to 2030 typed into a "
                    + "cell formatted so (Excel stores the year 2019 as 1905-07-11, which it shows as Jul-05), not a period tipdb reads; expected "
                    + "2005-07 for July 2005, or the year that was typed: format the cell as General in Excel, and a typed year shows as itself "
                    + "(2009 to 2030), July 2005 as a count of days from 38534 on" + keep,
                "yr.csv:3:47: period: \"Jun-05\" is a month as Excel displays a date (mmm-yy: June 2005), or a year from 1995 to 2008 typed into a "
                    + "cell formatted so (Excel stores the year 2000 as 1905-06-22, which it shows as Jun-05), not a period tipdb reads; expected "
                    + "2005-06 for June 2005, or the year that was typed: format the cell as General in Excel, and a typed year shows as itself "
                    + "(1995 to 2008), June 2005 as a count of days from 38504 on" + keep,
                "yr.csv:4:47: period: \"11-Jul-05\" is a date as Excel displays one (d-mmm-yy: 11 July 2005), or the year 2019 typed into a cell "
                    + "formatted so (Excel stores 2019 as 1905-07-11), not a period tipdb reads; expected 2005-07-11 for the day, or 2019 for the "
                    + "year: format the cell as General in Excel, and a typed year shows as itself" + keep,
            ], "\(load.stderr)")
        }
    }

    @Test("README has a recipe for Excel, LibreOffice, Numbers and Google Sheets, which ingest --help and the semicolon error point to")
    func readmeRecipe() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n### Preparing a file in a spreadsheet\n") else {
            Issue.record("README has no section \"Preparing a file in a spreadsheet\"")
            return
        }
        let rest = readme[start.upperBound...]
        let section = rest.range(of: "\n## ").map { String(rest[..<$0.lowerBound]) } ?? String(rest)
        for step in ["\"CSV UTF-8 (Comma delimited) (.csv)\"", "List separator `,`", "Edit filter settings", "Field delimiter `,`",
                     "Character set \"Unicode (UTF-8)\"", "File > Export To > CSV", "Text Encoding \"Unicode (UTF-8)\"",
                     "File > Download > Comma-separated values (.csv)", "Number format `1,234,567.89`"] {
            #expect(section.contains(step), "README's section lacks \(step)")
        }
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["ingest", "--help"], in: dir)
            let text = help.stdout.split(whereSeparator: \.isNewline).joined(separator: " ")
            #expect(text.contains("Save spreadsheets as CSV UTF-8 (README: Preparing a file in a spreadsheet)."), "\(text)")
            let details = try Tipdb.run(["ingest", "--help-details"], in: dir).stdout.split(whereSeparator: \.isNewline).joined(separator: " ")
            #expect(details.contains("(README: Preparing a file in a spreadsheet, for Excel, LibreOffice, Numbers and Google Sheets)"), "\(details)")
        }
    }
}
