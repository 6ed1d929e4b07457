import Foundation
import Testing

/// Usage errors of the commands that report as JSON, with the built binary: a script that reads
/// standard output as JSON gets JSON when its own arguments are wrong, as for every other failure.
@Suite("usage errors under --json (built binary): one JSON object on standard output, exit 64")
struct JSONUsageErrorTests {
    static let usageErrors: [(arguments: [String], message: String)] = [
        (["ingest", "--json", "--bogus", "x.csv"], "Unknown option '--bogus'"),
        (["ingest", "--json"], "Missing expected argument '<files> ...'"),
        (["ingest", "x.csv", "--kind", "bogus", "--json"], "The value 'bogus' is invalid for '--kind <kind>'. Please provide one of 'measures', 'sources', 'studies' or 'figures'."),
        (["ingest", "--json", "--released", "2020-13-01", "x.csv"], "--released: month 13 in \"2020-13-01\" does not exist; expected 01 to 12"),
        (["status", "--json", "extra"], "Unexpected argument 'extra'"),
        (["status", "--json", "--db", ""], "--db is empty; expected the path of a database file"),
        (["--db", "x.sqlite", "status", "--json", "--bogus"], "Unknown option '--bogus'"),
        (["derive", "ctdc", "--json", "--dataset", "x", "--by", "planet"], "unknown dimension \"planet\" in --by; expected country, citizenship, year, gender, age, form or means"),
        (["derive", "ctdc", "--json", "--dataset", "x", "--by", "year", "--min-cell", "1"], "--min-cell must be 2 or more (CTDC's own rule is 11)"),
        (["check", "--format", "json", "--max-rows", "many"], "The value 'many' is invalid for '--max-rows <max-rows>'"),
        (["check", "--bogus", "--format=json"], "Unknown option '--bogus'"),
        (["sql", "SELECT 1", "--format", "json", "--bogus"], "Unknown option '--bogus'"),
        (["sql", "--format=json", "--param", "a=1", "--param", "a=2", "SELECT :a"], "--param a is given twice; expected each parameter once"),
        (["sql", "--format", "json", "--timeout", "0", "SELECT 1"], "--timeout 0: expected a finite number of seconds more than 0"),
        (["sql", "--format", "json", "  "],
         "the SQL is empty (nothing but blanks, comments or ';'); expected one statement, such as \"SELECT count(*) FROM figures\", as an argument, with -f FILE or on standard input"),
    ]

    /// The same arguments without what asks for JSON.
    static func withoutJSON(_ arguments: [String]) -> [String] {
        var plain: [String] = []
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--format", index + 1 < arguments.count, arguments[index + 1] == "json" {
                index += 2
                continue
            }
            if arguments[index] != "--json" && arguments[index] != "--format=json" { plain.append(arguments[index]) }
            index += 1
        }
        return plain
    }

    @Test("a usage error is {\"error\": message, \"exitCode\": 64} on standard output and the usual text on standard error; without JSON, the text alone", arguments: usageErrors)
    func usageErrorAsJSON(arguments: [String], message: String) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(arguments): \(result.stdout)")
            #expect(Set(object.keys) == ["error", "exitCode"])
            #expect(object["error"] as? String == message, "\(arguments)")
            #expect(object["exitCode"] as? Int == 64)
            #expect(result.stderr.hasPrefix("tipdb: error: \(message)\n"), "\(arguments): \(result.stderr)")
            #expect(result.stdout == "{\"error\": \"\(message.replacingOccurrences(of: "\"", with: "\\\""))\", \"exitCode\": 64}\n")

            let plain = try Tipdb.run(Self.withoutJSON(arguments), in: dir)
            #expect(plain.status == 64)
            #expect(plain.stdout.isEmpty, "\(arguments): \(plain.stdout)")
            #expect(plain.stderr == result.stderr, "\(arguments)")
        }
    }

    @Test("an argument that is not UTF-8 is a usage error in JSON too")
    func argumentNotUTF8() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.runInShell(#""$0" ingest --json "$(printf 'bad\377name.csv')""#, in: dir)
            let message = "argument 3 (bad\\xFFname.csv) is not valid UTF-8; tipdb reads file names and text as UTF-8: rename the file (for example with convmv) or re-encode the text"
            #expect(result.status == 64)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
            #expect(object["error"] as? String == message)
            #expect(object["exitCode"] as? Int == 64)
            #expect(result.stderr == "tipdb: error: \(message)\n")
        }
    }

    @Test("no JSON where none was asked of the command: --json before its name, after --, or on a command without JSON output; help stays help", arguments: [
        ["--json", "status"],
        ["derive", "--json", "ctdc", "--dataset", "x", "--by", "year"],
        ["ingest", "--bogus", "--", "--json"],
        ["check", "--format", "json", "--format", "text", "--bogus"],
        ["sql", "SELECT 1", "--format", "ndjson", "--bogus"],
        ["sql", "SELECT 1", "--format", "json", "--format", "csv", "--bogus"],
    ])
    func textOnly(arguments: [String]) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
            #expect(result.stderr.hasPrefix("tipdb: error: "), "\(arguments): \(result.stderr)")
        }
    }

    @Test("--help with --json prints help, exit 0")
    func help() throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["status", "--json", "--help"], in: dir)
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("OVERVIEW: Show the schema version"), "\(result.stdout)")
        }
    }
}
