import Foundation
import Testing

/// How `tipdb sql` shows NULL beside values that read like it, with the built binary: a reader
/// must tell a missing value from the word NULL, an empty string or a `--null` text.
@Suite("tipdb sql (built binary): NULL never reads as a value; --null")
struct SQLNullTests {
    /// NULL twice, the text NULL, an empty string, text in single quotes, and `\N`.
    static let probe = "SELECT NULL AS a, 'NULL' AS b, '' AS c, '''x''' AS d, NULL AS m, '\\N' AS e"

    @Test("by default, table and Markdown show NULL as NULL and the text 'NULL' quoted; CSV and TSV keep NULL an empty field and '' quoted")
    func defaults() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let table = try Tipdb.run(["sql", Self.probe], in: dir)
            #expect(table.status == 0, "\(table.stderr)")
            #expect(table.stdout == """
                   a  b       c  d           m  e
                ----  ------  -  -------  ----  --
                NULL  'NULL'     '''x'''  NULL  \\N
                (1 row)

                """)
            let markdown = try Tipdb.run(["sql", Self.probe, "--format", "markdown"], in: dir)
            // Markdown escapes the backslash, as it does any value's, so that the rendered cell reads \N.
            #expect(markdown.stdout.hasSuffix("| NULL | 'NULL' |  | '''x''' | NULL | \\\\N |\n"), "\(markdown.stdout)")
            #expect(try Tipdb.run(["sql", Self.probe, "--format", "csv"], in: dir).stdout == "a,b,c,d,m,e\r\n,NULL,\"\",'x',,\\N\r\n")
            #expect(try Tipdb.run(["sql", Self.probe, "--format", "tsv"], in: dir).stdout == "a\tb\tc\td\tm\te\r\n\tNULL\t\"\"\t'x'\t\t\\N\r\n")
        }
    }

    @Test("--null sets how NULL reads in table, Markdown, CSV and TSV; a value equal to it is quoted")
    func nullText() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let table = try Tipdb.run(["sql", Self.probe, "--null", "\\N"], in: dir)
            #expect(table.status == 0, "\(table.stderr)")
            #expect(table.stdout == """
                 a  b     c  d         m  e
                --  ----  -  -------  --  ----
                \\N  NULL     '''x'''  \\N  '\\N'
                (1 row)

                """)
            // An empty NULL, as psql shows it: the empty string is then the one quoted.
            let empty = try Tipdb.run(["sql", Self.probe, "--null", ""], in: dir)
            #expect(empty.stdout.contains("\n   NULL  ''  '''x'''     \\N\n"), "\(empty.stdout)")
            let markdown = try Tipdb.run(["sql", Self.probe, "--format", "markdown", "--null", "\\N"], in: dir)
            #expect(markdown.stdout.hasSuffix("| \\\\N | NULL |  | '''x''' | \\\\N | '\\\\N' |\n"), "\(markdown.stdout)")
            let markdownEmpty = try Tipdb.run(["sql", Self.probe, "--format", "markdown", "--null", ""], in: dir)
            #expect(markdownEmpty.stdout.hasSuffix("|  | NULL | '' | '''x''' |  | \\\\N |\n"), "\(markdownEmpty.stdout)")
            let csv = try Tipdb.run(["sql", Self.probe, "--format", "csv", "--null", "\\N"], in: dir)
            #expect(csv.stdout == "a,b,c,d,m,e\r\n\\N,NULL,\"\",'x',\\N,\"\\N\"\r\n")
            let tsv = try Tipdb.run(["sql", Self.probe, "--format", "tsv", "--null", "NULL"], in: dir)
            #expect(tsv.stdout == "a\tb\tc\td\tm\te\r\nNULL\t\"NULL\"\t\"\"\t'x'\tNULL\t\\N\r\n")
        }
    }

    @Test("JSON and NDJSON keep null, and refuse --null (exit 64)", arguments: ["json", "ndjson"])
    func json(format: String) throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let result = try Tipdb.run(["sql", Self.probe, "--format", format], in: dir)
            let text = format == "json" ? result.stdout : "[" + result.stdout + "]"
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            #expect(rows[0]["a"] is NSNull)
            #expect(rows[0]["b"] as? String == "NULL")
            #expect(rows[0]["c"] as? String == "")
            let refused = try Tipdb.run(["sql", Self.probe, "--format", format, "--null", "x"], in: dir)
            #expect(refused.status == 64)
            let message = "--null does not apply to --format \(format), which writes NULL as null; use it with table, md, csv or tsv"
            // A usage error under --format json is JSON on standard output too; NDJSON keeps it to standard error.
            #expect(refused.stdout == (format == "json" ? "{\"error\": \"\(message)\", \"exitCode\": 64}\n" : ""))
            #expect(refused.stderr.hasPrefix("tipdb: error: \(message)\n"))
        }
    }

    @Test("a --null text that could not stand apart from values is a usage error naming why", arguments: [
        (["--null", "a\nb"], "--null holds a line break, which would split the row; expected text on one line"),
        (["--format", "csv", "--null", "n/a, none"], "--null \"n/a, none\" holds a comma or a double quote, so it would be quoted, and a quoted field is a value, not NULL; expected text without them"),
        (["--format", "tsv", "--null", "\"\""], "--null \"\"\"\" holds a tab or a double quote, so it would be quoted, and a quoted field is a value, not NULL; expected text without them"),
        (["--null", "'none'"], "--null \"'none'\" is in single quotes, as a value that reads like NULL is shown; expected text that is not quoted"),
        (["--null", "not\tgiven"], "--null holds a control character (U+0009), which would reach the output raw; expected visible text, such as NULL or n/a"),
        (["--format", "md", "--null", "n/a\u{1B}[2J"], "--null holds a control character (U+001B), which would reach the output raw; expected visible text, such as NULL or n/a"),
        (["--format", "tsv", "--null", "n/a\u{1B}[2J"], "--null holds a control character (U+001B), which would reach the output raw; expected visible text, such as NULL or n/a"),
    ])
    func refusedNullText(arguments: [String], message: String) throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            let result = try Tipdb.run(["sql", "SELECT NULL"] + arguments, in: dir)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: \(message)\n"), "\(result.stderr)")
        }
    }

    @Test("sql --help documents --null")
    func help() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["sql", "--help"], in: dir)
            #expect(help.stdout.contains("--null <text>"))
            #expect(help.stdout.contains("'NULL'"))
            #expect(help.stdout.contains("'''x'''"))
        }
    }
}
