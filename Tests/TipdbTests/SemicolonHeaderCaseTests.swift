import Foundation
import Testing

/// The semicolon-header error quotes the header as the file writes it: it quoted the names
/// lowercased (`"key;measure;value"` for `Key;Measure;Value`), which is not what the user sees
/// in the file, when the kind was told from the lowercased names.
@Suite("A semicolon-separated header is quoted as written (built binary)")
struct SemicolonHeaderCaseTests {
    @Test("Key;Measure;Value is quoted with its capitals, whether the kind is told from the names or from --kind", arguments: [
        ["ingest", "x.csv"], ["ingest", "--kind", "figures", "x.csv"],
    ])
    func quotedAsWritten(arguments: [String]) throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data("Key;Measure;Value\nA;b;1\n".utf8).write(to: dir.appendingPathComponent("x.csv"))
            let result = try Tipdb.run(arguments + ["--dry-run"], in: dir)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("x.csv:") }
            #expect(errors == [
                "x.csv:1:1: the header is one column, \"Key;Measure;Value\", whose names are separated by semicolons; tipdb reads commas or tabs, with the full stop as decimal mark; a spreadsheet set to a language that writes 2,5 for 2.5 (German, French, Spanish, Italian, Dutch, Polish, ...) separates a CSV file's cells with semicolons, \"CSV UTF-8 (Comma delimited)\" too, so saving again as that gives the same file: first set the decimal symbol to . and the list separator to , (Windows: Region > Additional settings; macOS: Language & Region > Number format 1,234,567.89), then save as \"CSV UTF-8 (Comma delimited)\"; in LibreOffice Calc, set Tools > Options > Language Settings > Languages > Locale setting to English (USA), then Save As \"Text CSV\" with Edit filter settings: Field delimiter , (README: \"Preparing a file in a spreadsheet\")",
            ], "\(result.stderr)")
        }
    }
}
