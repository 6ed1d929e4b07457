import Foundation
import Testing

/// `--spreadsheet` on every command that writes CSV (`report brief`, `report studies`, `sql`),
/// with the built binary: a byte order mark, CRLF, and an apostrophe before text a spreadsheet
/// would run as a formula; numbers and empty cells as stored. Without it the CSV is as before.
@Suite("--spreadsheet: CSV for Excel and LibreOffice from every command that writes CSV (built binary)")
struct SpreadsheetCSVTests {
    /// The UTF-8 byte order mark.
    static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A database of one source, one study and one figure in Côte d'Ivoire whose notes (and the
    /// study's summary) are a formula from a colleague's file, and whose value is negative.
    private func makeDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let files = [
            "sources.csv": """
                key,title,publisher
                src-civ,La traite en Côte d'Ivoire,Ministère de la Solidarité

                """,
            "studies.csv": """
                key,title,source,method,period,places,population,sample_size,summary
                civ-survey,Enquête Côte d'Ivoire,src-civ,survey,2020,CIV,@ risk: children,,"=HYPERLINK(""http://x"",""y"")"

                """,
            "figures.csv": """
                key,measure,value,unit,place,period,source,study,quote,notes
                civ-change,detected-trafficking-victims,-12.5,percent-change,CIV,2020,src-civ,civ-survey,-12.5% on 2019,"=HYPERLINK(""http://x"",""y"")"

                """,
        ]
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "studies.csv", "figures.csv"], in: dir)
        #expect(load.status == 0, "\(load.stderr)")
    }

    /// Every line of `text` ends with CRLF, and there is no LF without its CR.
    private func endsLinesWithCRLF(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.last == 0x0A else { return false }
        return bytes.indices.allSatisfy { bytes[$0] != 0x0A || ($0 > 0 && bytes[$0 - 1] == 0x0D) }
    }

    static let briefHeader = "key,measure,measure_label,value,censored,low,high,ci_level,unit,text,range,place,place_name,period_start,period_end,period,sex,age_group,form,subgroup,method,study,study_method,source,source_label,citation,cites,primary,repeats,locator,quote,notes,release,reference,period_basis,later_edition,breakdown,share_of\r\n"

    @Test("report brief --format csv: the mark, '=HYPERLINK and '-12.5% guarded, -12.5 and empty cells as stored, CRLF; without the option the CSV as before")
    func brief() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let arguments = ["report", "brief", "--format", "csv", "--date", "2026-12-01"]
            let plain = try Tipdb.run(arguments, in: dir)
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(plain.stdout == Self.briefHeader
                + "civ-change,detected-trafficking-victims,Detected victims of trafficking,-12.5,0,,,,percent-change,down 12.5%,,CIV,Côte d'Ivoire,2020,2020,2020,total,total,,all,detected,civ-survey,survey,src-civ,Ministère de la Solidarité n.d.,1,,,,,-12.5% on 2019,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,Ministère de la Solidarité (n.d.). La traite en Côte d'Ivoire.,stated,,,\r\n")
            #expect(!Array(plain.stdout.utf8).starts(with: Self.mark))

            let guarded = try Tipdb.run(arguments + ["--spreadsheet"], in: dir)
            #expect(guarded.status == 0, "\(guarded.stderr)")
            #expect(guarded.stderr.isEmpty, "\(guarded.stderr)")
            #expect(Array(guarded.stdout.utf8) == Self.mark + Array((Self.briefHeader
                + "civ-change,detected-trafficking-victims,Detected victims of trafficking,-12.5,0,,,,percent-change,down 12.5%,,CIV,Côte d'Ivoire,2020,2020,2020,total,total,,all,detected,civ-survey,survey,src-civ,Ministère de la Solidarité n.d.,1,,,,,'-12.5% on 2019,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,Ministère de la Solidarité (n.d.). La traite en Côte d'Ivoire.,stated,,,\r\n").utf8))
            #expect(endsLinesWithCRLF(guarded.stdout))

            // -o FILE gets the same bytes, the mark included.
            let file = try Tipdb.run(arguments + ["--spreadsheet", "-o", "brief.csv"], in: dir)
            #expect(file.status == 0, "\(file.stderr)")
            let written = try Data(contentsOf: dir.appendingPathComponent("brief.csv"))
            #expect(Array(written) == Array(guarded.stdout.utf8))
        }
    }

    @Test("report studies --format csv: the mark, '@ and '=HYPERLINK guarded, the empty sample size as stored; without the option the studies file as before")
    func studies() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let header = "key,title,source,method,period,places,population,sample_size,summary\r\n"
            let plain = try Tipdb.run(["report", "studies", "--format", "csv", "-o", "plain.csv"], in: dir)
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(Array(try Data(contentsOf: dir.appendingPathComponent("plain.csv"))) == Array((header
                + "civ-survey,Enquête Côte d'Ivoire,src-civ,survey,2020,CIV,@ risk: children,,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n").utf8))

            let guarded = try Tipdb.run(["report", "studies", "--format", "csv", "--spreadsheet", "-o", "studies.csv"], in: dir)
            #expect(guarded.status == 0, "\(guarded.stderr)")
            #expect(Array(try Data(contentsOf: dir.appendingPathComponent("studies.csv"))) == Self.mark + Array((header
                + "civ-survey,Enquête Côte d'Ivoire,src-civ,survey,2020,CIV,'@ risk: children,,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n").utf8))
        }
    }

    @Test("sql --format csv: the mark, guarded text and column names, numbers (-12.5, -1.5e6, +3.2 as text), empty text and NULL as stored; without the option as before")
    func sql() throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let query = """
                SELECT f.key, f.value, p.name AS place, f.quote, f.notes, -1.5e6 AS big, '+3.2' AS plus, '' AS empty, NULL AS missing, 1 AS "=one" \
                FROM figures f JOIN places p ON p.code = f.place
                """
            let plain = try Tipdb.run(["sql", "--format", "csv", query], in: dir)
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(Array(plain.stdout.utf8) == Array((
                "key,value,place,quote,notes,big,plus,empty,missing,=one\r\n"
                + "civ-change,-12.5,Côte d'Ivoire,-12.5% on 2019,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-1500000.0,+3.2,\"\",,1\r\n").utf8))

            let guarded = try Tipdb.run(["sql", "--format", "csv", "--spreadsheet", query], in: dir)
            #expect(guarded.status == 0, "\(guarded.stderr)")
            #expect(Array(guarded.stdout.utf8) == Self.mark + Array((
                "key,value,place,quote,notes,big,plus,empty,missing,'=one\r\n"
                + "civ-change,-12.5,Côte d'Ivoire,'-12.5% on 2019,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-1500000.0,+3.2,\"\",,1\r\n").utf8))
        }
    }

    @Test("--spreadsheet with a format that is not CSV is a usage error saying it applies to CSV only; nothing is written", arguments: [
        (["report", "brief", "--spreadsheet", "-o", "out.md"],
         "--spreadsheet applies to CSV only, and the format is md (the default); add --format csv, or leave out --spreadsheet"),
        (["report", "brief", "--format", "html", "--spreadsheet", "-o", "out.html"],
         "--spreadsheet applies to CSV only, and the format is html; use --format csv instead, or leave out --spreadsheet"),
        (["report", "studies", "--format", "md", "--spreadsheet", "-o", "out.md"],
         "--spreadsheet applies to CSV only, and the format is md; use --format csv instead, or leave out --spreadsheet"),
        (["sql", "--spreadsheet", "SELECT 1"],
         "--spreadsheet applies to CSV only, and the format is table; use --format csv, or leave out --spreadsheet"),
        (["sql", "--format", "tsv", "--spreadsheet", "SELECT 1"],
         "--spreadsheet applies to CSV only, and the format is tsv; use --format csv, or leave out --spreadsheet"),
    ])
    func otherFormat(arguments: [String], message: String) throws {
        try withTemporaryDirectory { dir in
            try makeDatabase(in: dir)
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: \(message)\nUsage: "), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(arguments[arguments.count - 1]).path))
        }
    }

    @Test("with --format json the usage error is also the JSON failure on standard output")
    func jsonFailure() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["report", "brief", "--format", "json", "--spreadsheet"], in: dir)
            #expect(result.status == 64)
            #expect(result.stdout == "{\"error\": \"--spreadsheet applies to CSV only, and the format is json; use --format csv instead, or leave out --spreadsheet\", \"exitCode\": 64}\n")
        }
    }

    @Test("each CSV-writing command's --help names --spreadsheet and why it is called that", arguments: [
        ["report", "brief"], ["report", "studies"], ["sql"],
    ])
    func help(command: [String]) throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(command + ["--help"], in: dir)
            #expect(help.status == 0)
            // The help wrapped at 80 columns, joined into one line with single spaces.
            let joined = help.stdout.split { $0 == " " || $0 == "\n" }.joined(separator: " ")
            #expect(joined.contains("--spreadsheet CSV for Excel, LibreOffice or any spreadsheet (hence the name): a UTF-8 byte order mark, and ' before text that starts a formula (= + - @ tab CR); numbers stay."), "\(help.stdout)")
        }
    }
}
