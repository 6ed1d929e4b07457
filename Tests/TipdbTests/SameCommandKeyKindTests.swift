import Foundation
import Testing

/// A key this command reads as another kind, given in `source` or `study`, is named as such, as
/// a stored one is (review of session 30: a figure defined in the same file was an "unknown
/// source"), wherever the key is read: before the row, after it, or in a later file.
@Suite("CLI: a key of this command given as another kind says which kind it is")
struct SameCommandKeyKindTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private static let source = "expected the key of a source in the database or in a sources file of the same command"
    private static let study = "expected the key of a study in the database or in a studies file of the same command"

    @Test("figure keys given as source or study, before and after their rows, and a study's source given a later study or figure")
    func sameCommand() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let before = try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite"))
            try write("key,title,publisher\ns,S,Org\n", to: "src.csv", in: dir)
            try write("key,title,source\nst1,A study,st2\nst2,Another,s\nst3,A third,g9\n", to: "st.csv", in: dir)
            try write("""
                key,measure,value,place,period,source,study
                f8,trafficking-victims,5,FRA,2020,s,
                f7,trafficking-victims,6,FRA,2021,f8,
                f6,trafficking-victims,6,DEU,2021,f9,
                f5,trafficking-victims,6,ITA,2021,s,f9
                f9,trafficking-victims,7,FRA,2022,s,

                """, to: "f.csv", in: dir)
            try write("key,measure,value,place,period,source\ng9,trafficking-victims,5,ESP,2020,s\n", to: "g.csv", in: dir)
            let result = try Tipdb.run(["ingest", "src.csv", "st.csv", "f.csv", "g.csv"], in: dir)
            #expect(result.status == 1)
            for line in [
                "st.csv:2:13: source: \"st2\" is a study of this command (line 3 of this file), not a source; \(Self.source) (the study goes in study)",
                "st.csv:4:13: source: \"g9\" is a figure of this command (line 2 of g.csv), not a source; \(Self.source) (a figure this row repeats goes in cites)",
                "f.csv:3:35: source: \"f8\" is a figure of this command (line 2 of this file), not a source; \(Self.source) (a figure this row repeats goes in cites)",
                "f.csv:4:35: source: \"f9\" is a figure of this command (line 6 of this file), not a source; \(Self.source) (a figure this row repeats goes in cites)",
                "f.csv:5:37: study: \"f9\" is a figure of this command (line 6 of this file), not a study; \(Self.study) (a figure this row repeats goes in cites)",
            ] {
                #expect(result.stderr.contains(line + "\n"), "\(line)\n\(result.stderr)")
            }
            #expect(!result.stderr.contains("unknown"), "\(result.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("tipdb.sqlite")) == before)
        }
    }

    @Test("with --on-error skip the kept row's reason says the same, and a key unknown everywhere is still unknown")
    func skipKeepsTheSameReason() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try write("key,title,publisher\ns,S,Org\n", to: "src.csv", in: dir)
            try write("""
                key,measure,value,place,period,source
                f7,trafficking-victims,6,FRA,2021,f9
                f6,trafficking-victims,6,DEU,2021,nowhere
                f9,trafficking-victims,7,FRA,2022,s

                """, to: "f.csv", in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "src.csv", "f.csv"], in: dir)
            #expect(result.status == 1)
            let message = "source: \"f9\" is a figure of this command (line 4 of this file), not a source; \(Self.source) (a figure this row repeats goes in cites)"
            #expect(result.stderr.contains("f.csv:2:35: \(message)\n"), "\(result.stderr)")
            #expect(result.stderr.contains("f.csv:3:35: source: unknown source \"nowhere\"; \(Self.source)\n"), "\(result.stderr)")
            let reasons = try Tipdb.run(["sql", "--format", "csv", "SELECT reason FROM ingest_rejects ORDER BY line"], in: dir)
            let quoted = { (text: String) in "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            #expect(reasons.stdout == "reason\r\n\(quoted(message))\r\n\(quoted("source: unknown source \"nowhere\"; \(Self.source)"))\r\n", "\(reasons.stdout)")
            let figures = try Tipdb.run(["sql", "--format", "csv", "SELECT key FROM figures ORDER BY key"], in: dir)
            #expect(figures.stdout == "key\r\nf9\r\n")
        }
    }
}
