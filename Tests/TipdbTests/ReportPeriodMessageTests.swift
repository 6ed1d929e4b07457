import Foundation
import Testing

/// A report whose `--period` matches nothing names `--period` as typed, not the `--from` and
/// `--to` it stands for, which the user never typed.
@Suite("report --period with no match names --period (built binary)")
struct ReportPeriodMessageTests {
    @Test("brief, sources and studies: --period 2030 as typed, with the other filters; --from and --to still as typed")
    func asTyped() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let cases: [([String], String)] = [
                (["brief", "--period", "2030"],
                 "no figures match --period 2030; widen the filters or ingest figures first (tipdb status shows what the database holds)"),
                (["brief", "--measure", "forced-labour", "--period", "2030-2031"],
                 "no figures match --measure forced-labour --period 2030-2031; widen the filters or ingest figures first (tipdb status shows what the database holds)"),
                (["brief", "--from", "2030", "--to", "2030"],
                 "no figures match --from 2030 --to 2030; widen the filters or ingest figures first (tipdb status shows what the database holds)"),
                (["sources", "--period", "2030"],
                 "no sources match --period 2030: with filters, the sources listed are those of the figures in scope, and no figure matches; widen the filters or ingest figures first (tipdb status shows what the database holds)"),
                (["studies", "--period", "2030"],
                 "no studies match --period 2030: no figure they match comes from a study, and no study without figures covers those places and years; widen the filters or ingest studies first (tipdb status shows what the database holds)"),
            ]
            for (arguments, message) in cases {
                let result = try Tipdb.run(["report"] + arguments, in: dir)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.stderr == "tipdb: error: \(message)\n", "\(arguments): \(result.stderr)")
            }
        }
    }
}
