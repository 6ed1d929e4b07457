import Foundation
import Testing

/// What `tipdb ingest --help` and `--help-details` say about interruption, undated sources and
/// digits a stored number cannot keep, as README says it; and the interrupted exit codes of the
/// other two writing commands, derive and retract, and of sql.
@Suite("ingest help: interruption, source-without-date, significant digits (built binary)")
struct IngestHelpSignalsTests {
    /// The page's lines joined, as wrapping at 80 columns leaves them.
    private func page(_ flag: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["ingest", flag], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    @Test("--help gives the interrupted exit codes and stays under 80 lines")
    func help() throws {
        try withTemporaryDirectory { dir in
            let text = try page("--help", in: dir)
            #expect(text.contains("64 usage error; 130, 143, 129 interrupted: nothing written (it dies of the signal: a shell loop stops too)."), "\(text)")
            let lines = try Tipdb.run(["ingest", "--help"], in: dir).stdout.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines < 80)
        }
    }

    @Test("derive ctdc --help, retract --help and sql --help give the interrupted exit codes, and that tipdb dies of the signal", arguments: [
        (["derive", "ctdc", "--help"], "; 130, 143, 129 interrupted by Ctrl-C, SIGTERM, SIGHUP: nothing written (it dies of the signal: a shell loop stops too)."),
        (["retract", "--help"], "; 130, 143, 129 interrupted by Ctrl-C, SIGTERM, SIGHUP (nothing withdrawn; it dies of the signal: a shell loop stops too)."),
        (["sql", "--help"], "; 130 interrupted (Ctrl-C: it dies of SIGINT, and a shell loop stops too)."),
    ])
    func otherWriters(arguments: [String], expected: String) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let text = result.stdout.split(whereSeparator: \.isNewline).joined(separator: " ")
            #expect(text.contains(expected), "\(text)")
        }
    }

    @Test("--help-details names source-without-date, the significant-digits refusal, the warning count and the signals", arguments: [
        "A sources file warns at the date cell of each source it loads without a date, not in press (CSV date, CSL-JSON issued: source-without-date; in press or forthcoming there or as CSL status is cited \"in press\"), since check's date rules (repeat-before-original, period-after-publication, period-ends-after-publication) pass its figures unexamined and the brief cites it \"n.d.\", at the accessed cell of each read before its publication date (accessed-before-publication), and at the doi of each whose DOI another source has (same-doi: one publication, two keys), or at the title of each with another's title, year and authors and no DOI or version to tell them apart (same-source-twice).",
        "in the row of the first of them the file gave, at the cell the rule is about (value, key, cites, measure, period, notes; the row's start if it has none), in line order",
        "a value, low or high must read back as written: one with more significant digits than a stored number keeps (a double keeps any 15, only some 16 or 17) is refused at its cell (0.123456789012345678: round it to at most 15);",
        "(at most 20 rows per rule, then how many more; the file's line counts them all)",
        "130, 143 or 129 interrupted by Ctrl-C, SIGTERM or SIGHUP before the commit began: nothing written, and tipdb dies of the signal, which the shell reports as 128 plus its number and which stops a shell loop (one that comes later is too late to stop the commit: a note says so, and the exit code is the report's).",
    ])
    func details(expected: String) throws {
        try withTemporaryDirectory { dir in
            let text = try page("--help-details", in: dir)
            #expect(text.contains(expected))
        }
    }
}
