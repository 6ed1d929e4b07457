import Foundation
import Testing

/// A semicolon-separated CSV with every cell quoted (LibreOffice's and Excel's "quote all text
/// cells") failed at 1:6 with the reader's `expected a delimiter ... found ';'`, not with the
/// semicolon header's error and its advice; and Excel's `sep=;` line was named without saying that
/// the file, once it is deleted, is still one of semicolons.
@Suite("ingest: a quoted semicolon header and Excel's sep=; line name the separator and how to save the file (built binary)")
struct QuotedSemicolonHeaderTests {
    static let advice = "tipdb reads commas or tabs, with the full stop as decimal mark; a spreadsheet set to a language that writes 2,5 for 2.5 (German, French, Spanish, Italian, Dutch, Polish, ...) separates a CSV file's cells with semicolons, \"CSV UTF-8 (Comma delimited)\" too, so saving again as that gives the same file: first set the decimal symbol to . and the list separator to , (Windows: Region > Additional settings; macOS: Language & Region > Number format 1,234,567.89), then save as \"CSV UTF-8 (Comma delimited)\"; in LibreOffice Calc, set Tools > Options > Language Settings > Languages > Locale setting to English (USA), then Save As \"Text CSV\" with Edit filter settings: Field delimiter , (README: \"Preparing a file in a spreadsheet\")"

    @Test("quoted names separated by semicolons: one error at FILE:1:1, whether the kind is told by the header or by the file name")
    func quotedHeader() throws {
        try withTemporaryDirectory { dir in
            let text = "\"key\";\"measure\";\"value\";\"unit\";\"place\";\"period\";\"source\"\n\"s1\";\"forced-labour\";\"2,5\";\"per-1000\";\"FRA\";\"2019\";\"ngo-2020\"\n"
            try IngestPartWarningTests.write(text, "semi6.csv", in: dir)
            try IngestPartWarningTests.write(text, "figures-semi.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            for name in ["semi6.csv", "figures-semi.csv"] {
                let run = try Tipdb.run(["ingest", name], in: dir)
                #expect(run.status == 1)
                #expect(run.stderr.hasPrefix("\(name):1:1: the header's names are each quoted and separated by semicolons (\"key;measure;value;unit;place;period;source\"); \(Self.advice)\n"), "\(run.stderr)")
            }
        }
    }

    @Test("sep=; says to delete the line and how to save the semicolons; sep=TAB to pass --format tsv; sep=, only to delete it")
    func excelHint() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write("sep=;\nkey;measure;value\ns1;forced-labour;2,5\n", "sep.csv", in: dir)
            try IngestPartWarningTests.write("sep=\t\nkey\tmeasure\n", "sept.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let semicolons = try Tipdb.run(["ingest", "sep.csv"], in: dir)
            #expect(semicolons.stderr.hasPrefix("sep.csv:1:1: line 1 is Excel's delimiter hint (sep=;), not a header; delete that line, so that the column names come first; "
                + "it also says the columns are separated by semicolons, and \(Self.advice)\n"), "\(semicolons.stderr)")
            let tabs = try Tipdb.run(["ingest", "sept.csv"], in: dir)
            #expect(tabs.stderr.hasPrefix("sept.csv:1:1: line 1 is Excel's delimiter hint (sep=\\t), not a header; delete that line, so that the column names come first; "
                + "it also says the columns are separated by tabs: pass --format tsv\n"), "\(tabs.stderr)")
        }
    }
}
