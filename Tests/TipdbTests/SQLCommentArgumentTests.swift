import Foundation
import Testing

/// `tipdb sql "-- comment<newline>SELECT ..."`: SQL that begins with a comment, given as the
/// argument, as every file in `Fixtures/queries` begins. ArgumentParser read it as an unknown option.
@Suite("tipdb sql with SQL that begins with a -- comment (built binary)")
struct SQLCommentArgumentTests {
    static let queries: [String] = {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/queries")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".sql") }.sorted()
    }()

    /// The words of a "-- Run:" line as a shell splits them: spaces separate, single quotes group
    /// (`--param 'source=ILO 2005'`).
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "'" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    @Test("a Run: line's quoted parameter is one word, without its quotes")
    func runLineWords() {
        #expect(Self.shellWords("-- Run: tipdb sql -f q.sql --param 'source=ILO 2005' --param n=5")
            == ["--", "Run:", "tipdb", "sql", "-f", "q.sql", "--param", "source=ILO 2005", "--param", "n=5"])
    }

    @Test("each Fixtures query pasted as the argument gives what -f FILE gives", arguments: queries)
    func fixtureQuery(_ name: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let file = repositoryRoot.appendingPathComponent("Fixtures/queries").appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.hasPrefix("-- "))
            // The parameters its "-- Run:" line passes.
            let run = text.split(separator: "\n").first { $0.hasPrefix("-- Run:") }.map(String.init) ?? ""
            let words = Self.shellWords(run)
            let parameters = words.indices.filter { words[$0] == "--param" && $0 + 1 < words.count }.flatMap { ["--param", words[$0 + 1]] }
            let fromFile = try Tipdb.run(["sql", "--format", "csv", "-f", file.path] + parameters, in: dir)
            #expect(fromFile.status == 0, "\(fromFile.stderr)")
            let pasted = try Tipdb.run(["sql", text, "--format", "csv"] + parameters, in: dir)
            #expect(pasted.status == 0, "\(name): \(pasted.stderr)")
            #expect(pasted.stdout == fromFile.stdout)
            #expect(pasted.stderr == fromFile.stderr)
        }
    }

    @Test("the commented SQL anywhere among the options; --db, --format=, --param, -- and repeated options as before")
    func optionsAround() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let sql = "-- How many figures?\nSELECT :n AS n, count(*) > 0 AS some FROM figures"
            for arguments in [
                ["sql", sql, "--format=csv", "--param", "n=5"],
                ["sql", "--format", "csv", sql, "--param", "n=5"],
                ["--db", "tipdb.sqlite", "sql", "--param", "n=5", sql, "--format", "csv"],
                ["sql", "--db", "tipdb.sqlite", "--format", "csv", "--param", "n=5", "--", sql],
                ["sql", "--format", "csv", "--\tx\nSELECT 5 AS n, 1 AS some"],
            ] {
                let result = try Tipdb.run(arguments, in: dir)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
                #expect(result.stdout == "n,some\n5,1\n" || result.stdout == "n,some\r\n5,1\r\n", "\(arguments): \(result.stdout)")
            }
            let repeated = try Tipdb.run(["sql", sql, "--format", "csv", "--format=json", "--param", "n=5"], in: dir)
            #expect(repeated.status == 64)
            #expect(repeated.stderr.hasPrefix("tipdb: error: --format is given twice (\"csv\" and \"json\"); expected one --format\n"), "\(repeated.stderr)")
            #expect(repeated.stdout == "{\"error\": \"--format is given twice (\\\"csv\\\" and \\\"json\\\"); expected one --format\", \"exitCode\": 64}\n", "\(repeated.stdout)")
            let bogus = try Tipdb.run(["sql", sql, "--bogus"], in: dir)
            #expect(bogus.status == 64)
            #expect(bogus.stderr.hasPrefix("tipdb: error: Unknown option '--bogus'\n"), "\(bogus.stderr)")
            let comment = try Tipdb.run(["sql", "-- nothing but a comment"], in: dir)
            #expect(comment.status == 64)
            #expect(comment.stderr.hasPrefix("tipdb: error: the SQL is empty (nothing but blanks, comments or ';')"), "\(comment.stderr)")
        }
    }

    @Test("-f FILE with the comment in the file, and a --null text with spaces, as before")
    func fileAndValues() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try Data("-- one\nSELECT NULL AS x\n".utf8).write(to: dir.appendingPathComponent("q.sql"))
            let file = try Tipdb.run(["sql", "-f", "q.sql", "--format", "csv", "--null=not given"], in: dir)
            #expect(file.status == 0, "\(file.stderr)")
            #expect(file.stdout == "x\nnot given\n" || file.stdout == "x\r\nnot given\r\n", "\(file.stdout)")
        }
    }

    @Test("SQL with Windows line ends that begins with a comment runs, as a file, an argument or standard input")
    func windowsLineEnds() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let text = "-- How many figures?\r\nSELECT count(*) > 0 AS some FROM figures\r\n"
            try Data(text.utf8).write(to: dir.appendingPathComponent("crlf.sql"))
            let fromFile = try Tipdb.run(["sql", "--format", "csv", "-f", "crlf.sql"], in: dir)
            #expect(fromFile.status == 0, "\(fromFile.stderr)")
            #expect(fromFile.stdout == "some\r\n1\r\n")
            let argument = try Tipdb.run(["sql", "--format", "csv", text], in: dir)
            #expect(argument.stdout == fromFile.stdout, "\(argument.stderr)")
        }
    }
}
