import Foundation
import Testing

/// `tipdb sql`'s table output sized by terminal columns, with the built binary: a Chinese,
/// Japanese or Korean character takes two, a combining accent or a zero-width space none, for
/// the alignment and for the 40-column cut.
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

    @Test("the cut at 40 columns counts columns: 20 CJK characters fit, 21 are cut to 19 and …")
    func cutsByColumns() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let twenty = String(repeating: "中文", count: 10)
            let longer = twenty + "字"
            let result = try Tipdb.run(["sql", "SELECT '\(twenty)' AS t UNION ALL SELECT '\(longer)'"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines[1] == String(repeating: "-", count: 40))
            #expect(lines[2] == twenty)
            #expect(lines[3] == String(longer.prefix(19)) + "…")
        }
    }
}
