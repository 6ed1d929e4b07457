import Foundation
import Testing
import TestSupport

/// The slips a reviewer met when feeding tipdb files by hand: each is now read as meant, or
/// refused with what to do, through the built binary.
@Suite("Ingest hints: a tab-delimited .txt, one file under two names, units in words, a trailing comma (built binary)")
struct IngestHintTests {
    static let sources = "key,title,publisher\nsrc-a,A report,A publisher\n"

    @Test("a .txt whose first line is a header separated by tabs is read as TSV, and says so")
    func tabDelimitedText() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data("key\ttitle\tpublisher\nsrc-t\tT\tP\n".utf8).write(to: dir.appendingPathComponent("sources.txt"))
            let result = try Tipdb.run(["ingest", "sources.txt"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("note: sources.txt: format tsv from the content (column names separated by tabs)"))
            #expect(result.stdout.contains("sources.txt: 1 read, 1 inserted"))
        }
    }

    @Test("one file under two names (./f.csv, a link to it) is refused on its second name, which gets its summary line")
    func sameFileTwoNames() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.csv").path, withDestinationPath: "s.csv")
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            let result = try Tipdb.run(["ingest", "s.csv", "./s.csv", "link.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("./s.csv: given twice in one command; expected each file once"))
            #expect(result.stderr.contains("link.csv: the same file as s.csv (another name or a link for it); expected each file once"))
            #expect(result.stdout.contains("./s.csv: 0 read, rejected (given twice: see its error)"))
            #expect(result.stdout.contains("link.csv: 0 read, rejected (given twice: see its error)"))
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("a share or rate with its unit in words is told the unit to give; a trailing JSON comma is named at the comma")
    func unitsInWordsAndTrailingComma() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            let figures = """
                key,measure,value,place,period,source
                f1,forced-labour,12 percent,WLD,2021,src-a
                f2,forced-labour,3.2 per 1,000,WLD,2021,src-a
                f3,forced-labour,-12 percent,WLD,2021,src-a

                """
            try Data(figures.replacingOccurrences(of: "3.2 per 1,000", with: "\"3.2 per 1,000\"").utf8)
                .write(to: dir.appendingPathComponent("f.csv"))
            let result = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("f.csv:2:18: value: \"12 percent\" writes its unit in words; expected the number alone with unit percent: value 12, unit percent (or 12%)"), "\(result.stderr)")
            #expect(result.stderr.contains("f.csv:3:18: value: \"3.2 per 1,000\" writes its unit in words; expected the number alone with unit per-1000: value 3.2, unit per-1000"), "\(result.stderr)")
            #expect(result.stderr.contains("f.csv:4:18: value: \"-12 percent\" writes its unit in words; expected the number alone with unit percent: value -12, unit percent (or -12%)"), "\(result.stderr)")
            try Data("[{\"key\": \"a\", \"title\": \"T\", \"publisher\": \"P\"},\n]\n".utf8).write(to: dir.appendingPathComponent("s.json"))
            let json = try Tipdb.run(["ingest", "s.json"], in: dir)
            #expect(json.status == 1)
            #expect(json.stderr.contains("s.json:1:46: a comma before ']' (a trailing comma), which JSON does not allow; expected a value after the comma, or delete it"), "\(json.stderr)")
        }
    }

    /// The Global Estimates write "per thousand people": told "not a number" and pointed at
    /// millions, an analyst was led away from the unit per-1000 (review of session 55).
    @Test("a rate written with whom it is per gets the unit to give, and the unit spelt so is read")
    func ratePerPeople() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
            let figures = """
                key,measure,value,unit,place,period,source
                r1,forced-labour,"3.5 per 1,000 people",,WLD,2021,src-a
                r2,forced-labour,3.5 per thousand people,,WLD,2021,src-a
                r3,forced-labour,"6.4 per 1,000 population",,WLD,2021,src-a
                r4,forced-labour,"2 per 100,000 inhabitants",,WLD,2021,src-a
                r5,forced-labour,"2 per 1,000 children",,WLD,2021,src-a

                """
            try Data(figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
            let result = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("f.csv:2:18: value: \"3.5 per 1,000 people\" writes its unit in words; expected the number alone with unit per-1000: value 3.5, unit per-1000"), "\(result.stderr)")
            #expect(result.stderr.contains("f.csv:3:18: value: \"3.5 per thousand people\" writes its unit in words; expected the number alone with unit per-1000: value 3.5, unit per-1000"), "\(result.stderr)")
            #expect(result.stderr.contains("f.csv:4:18: value: \"6.4 per 1,000 population\" writes its unit in words; expected the number alone with unit per-1000: value 6.4, unit per-1000"), "\(result.stderr)")
            #expect(result.stderr.contains("f.csv:5:18: value: \"2 per 100,000 inhabitants\" writes its unit in words; expected the number alone with unit per-100000: value 2, unit per-100000"), "\(result.stderr)")
            // A rate of a subgroup is not one of everyone: its group goes in age_group, not the unit.
            #expect(!result.stderr.contains("\"2 per 1,000 children\" writes its unit in words"), "\(result.stderr)")

            let units = """
                key,measure,value,unit,place,period,source
                u1,forced-labour,3.5,"per 1,000 people",WLD,2021,src-a
                u2,forced-labour,3.5,per thousand persons,WLD,2020,src-a
                u3,forced-labour,1.2,"per 100,000 inhabitants",WLD,2019,src-a

                """
            try Data(units.utf8).write(to: dir.appendingPathComponent("u.csv"))
            let loaded = try Tipdb.run(["ingest", "s.csv", "u.csv"], in: dir)
            #expect(loaded.status == 0, "\(loaded.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, unit FROM figures ORDER BY key"], in: dir)
            #expect(stored.stdout.contains("u1,per-1000") && stored.stdout.contains("u2,per-1000") && stored.stdout.contains("u3,per-100000"), "\(stored.stdout)")
        }
    }

    @Test("a header that is one column is quoted whole, or cut with an ellipsis")
    func longSemicolonHeader() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data("key;measure;value;low;high;ci_level;unit;place;period;sex;age_group\n".utf8).write(to: dir.appendingPathComponent("f.csv"))
            let result = try Tipdb.run(["ingest", "f.csv"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("\"key;measure;value;low;high;ci_level;unit;place;period;sex;ag…\", whose names are separated by semicolons"), "\(result.stderr)")
        }
    }

    /// A file whose kind comes from its name or `--kind` is read against that kind's columns: its
    /// one column used to be reported as unknown and every required column as missing.
    @Test("a semicolon-separated header gets one error at 1:1 whether the kind is known or not", arguments: [
        ["ingest", "figures.csv"], ["ingest", "--kind", "figures", "data.csv"], ["ingest", "data.csv"],
    ])
    func semicolonHeaderOneError(arguments: [String]) throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let text = "\u{FEFF}measure;value;place;period;source\r\nforced-labour;27,6;WLD;2021;ilo-2022\r\n"
            for name in ["figures.csv", "data.csv"] {
                try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            }
            let file = arguments.last ?? ""
            let result = try Tipdb.run(arguments + ["--dry-run"], in: dir)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("\(file):") && !$0.hasPrefix("\(file): ") }
            #expect(errors == [
                "\(file):1:1: the header is one column, \"measure;value;place;period;source\", whose names are separated by semicolons; tipdb reads commas or tabs, with the full stop as decimal mark; a spreadsheet set to a language that writes 2,5 for 2.5 (German, French, Spanish, Italian, Dutch, Polish, ...) separates a CSV file's cells with semicolons, \"CSV UTF-8 (Comma delimited)\" too, so saving again as that gives the same file: first set the decimal symbol to . and the list separator to , (Windows: Region > Additional settings; macOS: Language & Region > Number format 1,234,567.89), then save as \"CSV UTF-8 (Comma delimited)\"; in LibreOffice Calc, set Tools > Options > Language Settings > Languages > Locale setting to English (USA), then Save As \"Text CSV\" with Edit filter settings: Field delimiter , (README: \"Preparing a file in a spreadsheet\")",
            ], "\(result.stderr)")
            #expect(!result.stderr.contains("unknown column"), "\(result.stderr)")
            #expect(!result.stderr.contains("missing column"), "\(result.stderr)")
        }
    }
}
