import Foundation
import Testing

/// `tipdb sql`'s table output sized by terminal columns, with the built binary: a Chinese,
/// Japanese or Korean character takes two, a combining accent or a zero-width space none, for
/// the alignment and for the 40-column cut, which is made only on a terminal.
@Suite("tipdb sql table output aligns by terminal width (built binary)")
struct SQLTableWidthTests {
    @Test("CJK text (two columns a character) and combining accents (none) line up with ASCII")
    func alignsWideAndCombining() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let sql = "SELECT '日本の人身取引' AS a, 'x' AS b UNION ALL SELECT 'abc', 'y' UNION ALL SELECT 'e\u{301}\u{301}', 'z' "
                + "UNION ALL SELECT 'a' || char(8203) || 'b', 'w'"
            let result = try Tipdb.run(["sql", sql], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            // 日本の人身取引 is 7 characters and 14 columns: the column is 14 wide.
            #expect(result.stdout == """
                a               b
                --------------  -
                日本の人身取引  x
                abc             y
                e\u{301}\u{301}               z
                a\u{200B}b              w
                (4 rows)

                """)
        }
    }

    /// What `tipdb arguments...` writes to standard output when it is a terminal, with the
    /// terminal's line endings (`\r\n`) read as `\n`.
    static func onTerminal(_ arguments: [String], in dir: URL) throws -> (status: Int32, stdout: String) {
        let pty = try PseudoTerminal()
        let process: Process
        do {
            process = try Tipdb.start(arguments, in: dir, stdout: pty.terminal)
        } catch {
            _ = pty.output()  // stops the reading thread and closes both ends
            throw error
        }
        process.waitUntilExit()
        return (process.terminationStatus, pty.output().replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test("on a terminal the cut at 40 columns counts columns: 20 CJK characters fit, 21 are cut to 19 and …")
    func cutsByColumns() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let twenty = String(repeating: "中文", count: 10)
            let longer = twenty + "字"
            let result = try Self.onTerminal(["sql", "SELECT '\(twenty)' AS t UNION ALL SELECT '\(longer)'"], in: dir)
            #expect(result.status == 0, "\(result.stdout)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.count > 3, "\(result.stdout)")
            guard lines.count > 3 else { return }
            #expect(lines[1] == String(repeating: "-", count: 40))
            #expect(lines[2] == twenty)
            #expect(lines[3] == String(longer.prefix(19)) + "…")
        }
    }

    @Test("to a file or a pipe every value is whole, however wide: a key copied from it works (review W11)")
    func wholeWhenNotATerminal() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let key = "unodc-glotip:detected-trafficking-victims:AUT:2019:female:children"
            let wide = String(repeating: "中文", count: 10) + "字"
            let sql = "SELECT '\(key)' AS key, '\(wide)' AS t"
            let piped = try Tipdb.run(["sql", sql], in: dir)
            #expect(piped.status == 0, "\(piped.stderr)")
            let lines = piped.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 4, "\(piped.stdout)")
            #expect(lines.dropFirst().first == String(repeating: "-", count: key.count) + "  " + String(repeating: "-", count: 42))
            #expect(lines.dropFirst(2).first == "\(key)  \(wide)")
            let shown = try Self.onTerminal(["sql", sql], in: dir)
            #expect(shown.stdout.contains(String(key.prefix(39)) + "…  " + String(wide.prefix(19)) + "…\n"), "\(shown.stdout)")
        }
    }
}
