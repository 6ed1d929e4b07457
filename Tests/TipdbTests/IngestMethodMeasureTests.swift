import Foundation
import Testing

/// Ingest refuses at its method cell a figure that `tipdb check` would call a
/// `method-contradicts-measure` error (a count from records stored as a prevalence estimate), in
/// both `--on-error` modes, by check's own rule: before, it loaded the row without a word and check
/// called it an error right afterwards.
@Suite("ingest: a method that contradicts its measure is refused (built binary)")
struct IngestMethodMeasureTests {
    static let sources = """
        key,title,publisher,date
        ilo2012,Global estimate,ILO,2012

        """
    static let figures = """
        key,measure,value,place,period,source,method,cites,quote
        f1,trafficking-victims,5000,Nigeria,2011,ilo2012,detected,,q
        f2,forced-labour,20.9 million,World,2011,ilo2012,,,q
        f5,forced-labour,300,Nepal,2011,ilo2012,detected,,q
        f6,trafficking-victims,7000,Nigeria,2010,ilo2012,,,q

        """
    static let why = "a prevalence estimate (measures.counts prevalence-estimate): a count of the cases an authority detected is not an "
        + "estimate of how many people are in the situation, and a brief would give it the estimate's definition (tipdb check: "
        + "method-contradicts-measure); expected "
    static let f1 = "f.csv:2:50: method: method detected under measure \"trafficking-victims\", " + why
        + "the measure of detected cases, detected-trafficking-victims, or method estimated if the source estimated the number"
    /// No measure of detected cases has the concept forced-labour: the message says so.
    static let f5 = "f.csv:4:41: method: method detected under measure \"forced-labour\", " + why
        + "a measure of detected cases (measures.counts detected-count; none is of concept forced-labour), or method estimated "
        + "if the source estimated the number"

    private func start(in dir: URL) throws -> String {
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data(Self.figures.utf8).write(to: dir.appendingPathComponent("f.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        return try Self.checksum(in: dir)
    }

    /// The SHA-256 of the database's files, to show a rejected command left them as they were.
    static func checksum(in dir: URL) throws -> String {
        let sum = try Tipdb.runInShell("sha256sum tipdb.sqlite*", in: dir)
        #expect(sum.status == 0, "\(sum.stderr)")
        return sum.stdout
    }

    /// The lines of an ingest's standard error that are its errors (`FILE:LINE:COLUMN: ...`).
    static func errors(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.hasPrefix("f.csv:") || $0.hasPrefix("s.csv:") }.map(String.init)
    }

    @Test("--on-error abort: the command is rejected, both rows listed at their method cell, the database unchanged")
    func abortRefuses() throws {
        try withTemporaryDirectory { dir in
            let before = try start(in: dir)
            let result = try Tipdb.run(["ingest", "s.csv", "f.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(Self.errors(result.stderr) == [Self.f1, Self.f5], "\(result.stderr)")
            #expect(result.stdout.contains("f.csv: 4 read, 2 rejected; nothing written (the command was rejected)"), "\(result.stdout)")
            #expect(try Self.checksum(in: dir) == before)
        }
    }

    @Test("--on-error skip: the rows are refused and kept in ingest_rejects; a missing method takes the measure's; check finds no error")
    func skipRefuses() throws {
        try withTemporaryDirectory { dir in
            _ = try start(in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "s.csv", "f.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(Self.errors(result.stderr) == [Self.f1, Self.f5], "\(result.stderr)")
            let rejects = try Tipdb.run(["sql", "--format", "csv", "SELECT line, \"column\", reason FROM ingest_rejects ORDER BY line"], in: dir)
            // The reason as the row's error gives it after FILE:LINE:COLUMN, its quotes doubled as CSV writes them.
            let reason = { (line: String) in String(line.drop { $0 != " " }.dropFirst()).replacingOccurrences(of: "\"", with: "\"\"") }
            #expect(rejects.stdout == "line,column,reason\r\n2,50,\"\(reason(Self.f1))\"\r\n4,41,\"\(reason(Self.f5))\"\r\n", "\(rejects.stdout)")
            let methods = try Tipdb.run(["sql", "--format", "csv", "SELECT key, method FROM figures ORDER BY key"], in: dir)
            #expect(methods.stdout == "key,method\r\nf2,estimated\r\nf6,estimated\r\n", "\(methods.stdout)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.hasSuffix("tipdb.sqlite: 0 errors, 1 warning\n"), "\(check.stdout)")
        }
    }

    @Test("an update without a method column that moves a stored detected count to a prevalence estimate is refused at the measure")
    func storedMethodKept() throws {
        try withTemporaryDirectory { dir in
            _ = try start(in: dir)
            try Data("""
                key,measure,value,place,period,source,quote
                f7,detected-trafficking-victims,5000,Nigeria,2011,ilo2012,q

                """.utf8).write(to: dir.appendingPathComponent("count.csv"))
            try Data("""
                key,measure,value,place,period,source,quote
                f7,trafficking-victims,5000,Nigeria,2011,ilo2012,q

                """.utf8).write(to: dir.appendingPathComponent("u.csv"))
            let first = try Tipdb.run(["ingest", "--quiet", "s.csv", "count.csv"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let before = try Self.checksum(in: dir)
            let result = try Tipdb.run(["ingest", "u.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            let refusal = "u.csv:2:4: measure: the stored figure \"f7\" keeps its method, since this row gives none: method detected under "
                + "measure \"trafficking-victims\", " + Self.why
                + "the measure of detected cases, detected-trafficking-victims, or method estimated if the source estimated the number"
            #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("u.csv:") }.map(String.init) == [refusal], "\(result.stderr)")
            #expect(try Self.checksum(in: dir) == before)
        }
    }
}
