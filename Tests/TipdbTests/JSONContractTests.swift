import Foundation
import Storage
import Testing

/// README "JSON output": every command that writes JSON, on success, on bad input, on an
/// unusable database and on a usage error, with the built binary. A script reading standard
/// output gets one JSON document in one layout, or `{"error": ..., "exitCode": ...}`, and the
/// documented exit code.
@Suite("JSON output: one layout and JSON errors across the commands (built binary)")
struct JSONContractTests {
    /// One command's JSON: its arguments for each outcome (nil where the outcome cannot happen).
    struct Command: Sendable, CustomTestStringConvertible {
        var name: String
        /// Run once the fixture database is in place (loading case data for derive).
        var setUp: @Sendable (URL) throws -> Void = { _ in }
        var success: [String]
        /// A member the success document has at the top; nil for an array.
        var member: String?
        /// Whether the document is exactly in `JSONLayout`'s layout: not the brief, CSL-JSON and
        /// `sql` rows, whose records are one line each and whose member order is the model's,
        /// CSL's and the query's.
        var sortedLayout = true
        /// Bad input (exit 1), after `prepare`; `report` when the command still prints its report.
        var inputError: (arguments: [String], prepare: @Sendable (URL) throws -> Void, report: String?)?
        var usage: [String]

        var testDescription: String { name }
    }

    static let sources = repositoryRoot.appendingPathComponent("Fixtures/sources.json").path

    static let commands: [Command] = [
        Command(name: "status", success: ["status", "--json"], member: "schemaVersion", usage: ["status", "--json", "--bogus"]),
        Command(
            name: "ingest", success: ["ingest", "--json", sources], member: "files",
            inputError: (["ingest", "--json", "bad.csv"], { dir in
                try Data("key,measure\nx,forced-labour\n".utf8).write(to: dir.appendingPathComponent("bad.csv"))
            }, "errors"),
            usage: ["ingest", "--json", "--bogus", "x.csv"]),
        Command(
            name: "check", success: ["check", "--format", "json"], member: "totals",
            inputError: (["check", "--format", "json"], { dir in
                let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
                defer { db.close() }
                try db.execute("PRAGMA foreign_keys = OFF")
                try db.execute("DELETE FROM figures WHERE key = 'unodc-2012-trafficked-wld'")
            }, "findings"),
            usage: ["check", "--format", "json", "--bogus"]),
        Command(
            name: "sql", success: ["sql", "--format", "json", "SELECT key, value, NULL AS missing FROM figures ORDER BY key LIMIT 2"],
            sortedLayout: false, inputError: (["sql", "--format", "json", "SELEC 1"], { _ in }, nil),
            usage: ["sql", "--format", "json", "--bogus", "SELECT 1"]),
        Command(
            name: "schema", success: ["schema", "--format", "json", "places"], member: "objects",
            usage: ["schema", "--format", "json", "nosuch"]),
        Command(
            name: "report brief", success: ["report", "brief", "--format", "json", "--date", "2026-01-01"], member: "figureGroups",
            sortedLayout: false, inputError: (["report", "brief", "--format", "json", "--from", "1700", "--to", "1701"], { _ in }, nil),
            usage: ["report", "brief", "--format", "json", "--place", "nowhere"]),
        Command(
            name: "report sources", success: ["report", "sources", "--format", "csl-json"], sortedLayout: false,
            inputError: (["report", "sources", "--format", "csl-json", "-o", "missing/sources.json"], { _ in }, nil),
            usage: ["report", "sources", "--format", "csl-json", "--place", "nowhere"]),
        Command(
            name: "export", success: ["export", "datasette-metadata"], member: "databases",
            inputError: (["export", "datasette-metadata", "-o", "missing/metadata.json"], { _ in }, nil),
            usage: ["export", "nosuch"]),
        Command(
            name: "derive ctdc",
            setUp: { dir in
                let file = dir.appendingPathComponent("cases.csv")
                try Data(CaseFiles.synthetic([(30, "2019", "USA"), (20, "2020", "USA")]).utf8).write(to: file)
                let ingest = try Tipdb.run(["ingest", "--quiet", "--format", "ctdc", "--dataset", "sample", file.path], in: dir)
                #expect(ingest.status == 0, "\(ingest.stderr)")
            },
            success: ["derive", "ctdc", "--json", "--dataset", "sample", "--by", "year", "--dry-run"], member: "lines",
            usage: ["derive", "ctdc", "--json", "--dataset", "nope", "--by", "year"]),
        Command(
            name: "retract", success: ["retract", "--json", "francis-2013-trafficked-wld", "--reason", "a test"], member: "figures",
            inputError: (["retract", "--json", "no-such-figure", "--reason", "a test"], { _ in }, "problems"),
            usage: ["retract", "--json", "ilo-2012-forced-labour-wld", "--reason", " "]),
        Command(name: "search", success: ["search", "--json", "labour"], member: "results", usage: ["search", "--json", "--bogus"]),
        Command(
            name: "report lineage", success: ["report", "lineage", "--format", "json", "francis-2013-trafficked-wld"], member: "chain",
            usage: ["report", "lineage", "--format", "json", "francis-2013"]),
    ]

    @Test("success: one document; bad input: the report or an error object, exit 1; unusable database: exit 2; usage error: exit 64", arguments: commands)
    func contract(command: Command) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try command.setUp(dir)
            try Data("not a database, only text long enough to be read as a header: padding padding padding\n".utf8)
                .write(to: dir.appendingPathComponent("bad.sqlite"))

            let success = try Tipdb.run(command.success, in: dir)
            #expect(success.status == 0, "\(command.name): \(success.stderr)")
            let document = try Self.document(success.stdout, command.name, sortedLayout: command.sortedLayout)
            if let member = command.member {
                #expect((document as? [String: Any])?[member] != nil, "\(command.name): no \(member) in \(success.stdout)")
            } else {
                #expect(document is [Any], "\(command.name): \(success.stdout)")
            }

            if let input = command.inputError {
                try input.prepare(dir)
                let result = try Tipdb.run(input.arguments, in: dir)
                #expect(result.status == 1, "\(command.name): \(result.stderr)")
                if let member = input.report {
                    let report = try Self.document(result.stdout, command.name, sortedLayout: command.sortedLayout)
                    #expect((report as? [String: Any])?[member] != nil, "\(command.name): \(result.stdout)")
                } else {
                    try Self.expectError(result, status: 1, command.name)
                }
            }

            let unusable = try Tipdb.run(command.success + ["--db", "bad.sqlite"], in: dir)
            let message = try Self.expectError(unusable, status: 2, command.name)
            #expect(message.hasPrefix("bad.sqlite: not a SQLite database"), "\(command.name): \(message)")

            try Self.expectError(try Tipdb.run(command.usage, in: dir), status: 64, command.name)
        }
    }

    @Test("check --format json ends with the totals of the text report's last line, and each check's row count")
    func checkTotals() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("PRAGMA foreign_keys = OFF")
            try db.execute("DELETE FROM figures WHERE key = 'unodc-2012-trafficked-wld'")
            db.close()
            let json = try Tipdb.run(["check", "--format", "json"], in: dir)
            let text = try Tipdb.run(["check"], in: dir)
            #expect(json.status == 1 && text.status == 1)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let totals = try #require(report["totals"] as? [String: Any], "\(json.stdout)")
            let errors = try #require(totals["errors"] as? Int)
            let warnings = try #require(totals["warnings"] as? Int)
            #expect(errors >= 1)
            #expect(text.stdout.hasSuffix("tipdb.sqlite: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"), "\(text.stdout)")
            let findings = try #require(report["findings"] as? [[String: Any]])
            #expect(findings.count == errors + warnings)
            let rows = try #require(totals["rowsByCheck"] as? [String: Int])
            #expect(rows["lineage-broken"] == 1)
            for finding in findings {
                let check = try #require(finding["check"] as? String)
                #expect(rows[check] == (finding["rows"] as? [Any])?.count, "\(check)")
                #expect(text.stdout.contains(": \(check): ") && text.stdout.contains("(\(rows[check] ?? -1))\n"), "\(check)")
            }
            #expect(json.stdout.hasSuffix("\n  \"totals\": {\n    \"errors\": \(errors),\n    \"rowsByCheck\": {\n"
                + rows.sorted { $0.key < $1.key }.map { "      \"\($0.key)\": \($0.value)" }.joined(separator: ",\n")
                + "\n    },\n    \"warnings\": \(warnings)\n  }\n}\n"), "\(json.stdout)")
        }
    }

    /// Parses `stdout` as one JSON document, checks it is laid out as tipdb lays out JSON, and returns it.
    @discardableResult
    static func document(_ stdout: String, _ name: String, sortedLayout: Bool) throws -> Any {
        let value = try #require(try? JSONSerialization.jsonObject(with: Data(stdout.utf8)), "\(name): not one JSON document: \(stdout)")
        #expect(stdout.hasSuffix("\n"), "\(name)")
        #expect(!stdout.contains("\" : "), "\(name): JSONEncoder's spacing")
        #expect(stdout.hasPrefix("{\n  \"") || stdout.hasPrefix("[\n  "), "\(name): \(stdout.prefix(40))")
        if sortedLayout {
            #expect(JSONLayout.indented(Array(stdout.utf8)) == stdout, "\(name): not in tipdb's layout:\n\(stdout.prefix(400))")
            #expect(stdout.contains("\n  \"") && !stdout.contains("\n\n"), "\(name)")
        }
        return value
    }

    /// Checks that `result` is a failure with `status`, printed as one error object on standard
    /// output and the same message on standard error; returns the message.
    @discardableResult
    static func expectError(_ result: ProcessResult, status: Int32, _ name: String) throws -> String {
        #expect(result.status == status, "\(name): \(result.stderr)")
        let object = try #require(try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "\(name): no JSON error on standard output (exit \(result.status)): \(result.stdout)")
        #expect(Set(object.keys) == ["error", "exitCode"], "\(name): \(result.stdout)")
        #expect(object["exitCode"] as? Int == Int(status), "\(name): \(result.stdout)")
        let message = try #require(object["error"] as? String, "\(name)")
        #expect(result.stderr.hasPrefix("tipdb: error: \(message)\n"), "\(name): \(result.stderr)")
        // One line, as README shows it: `{"error": "...", "exitCode": 64}`.
        let quoted = String(decoding: try JSONEncoder().encode(message), as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
        #expect(result.stdout == "{\"error\": \(quoted), \"exitCode\": \(status)}\n", "\(name): \(result.stdout)")
        return message
    }
}
