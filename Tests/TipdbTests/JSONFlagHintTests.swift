import Foundation
import Testing

/// `status`, `search` and `ingest` take `--json`; `check`, `sql`, `schema` and the reports take
/// `--format json`. ArgumentParser's "Unknown option '--json'" gave no hint of the other spelling.
@Suite("--json on a command that takes --format json names the option to use (built binary)")
struct JSONFlagHintTests {
    @Test("check --json: exit 64, the hint on stderr and the JSON failure on stdout; report studies has no JSON, so no hint")
    func hint() throws {
        try withTemporaryDirectory { dir in
            let check = try Tipdb.run(["check", "--json"], in: dir)
            #expect(check.status == 64)
            #expect(check.stderr.contains("tipdb check has no --json option; expected --format json"), "\(check.stderr)")
            #expect(check.stdout.contains("\"exitCode\"") && check.stdout.contains("expected --format json"), "\(check.stdout)")
            let sql = try Tipdb.run(["sql", "--json", "SELECT 1"], in: dir)
            #expect(sql.status == 64)
            #expect(sql.stderr.contains("tipdb sql has no --json option; expected --format json"), "\(sql.stderr)")
            let studies = try Tipdb.run(["report", "studies", "--json"], in: dir)
            #expect(studies.status == 64)
            #expect(!studies.stderr.contains("expected --format json"), "\(studies.stderr)")
        }
    }
}
