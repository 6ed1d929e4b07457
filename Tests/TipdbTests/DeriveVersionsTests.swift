import Foundation
import Testing

/// `tipdb derive ctdc` on a second version of a dataset: a reader holding both versions' tables
/// subtracts them, so a count that changed by fewer than 11 people is protected like a small
/// count (first review of session 16, F9: the known gap "tables of different versions are not
/// audited together").
@Suite("derive ctdc across dataset versions: the people added between them (built binary)")
struct DeriveVersionsTests {
    /// Loads `groups` as the next version of dataset `sample` and derives it by country.
    private func loadAndDerive(_ groups: [(times: Int, year: String, country: String)], file: String, in dir: URL) throws -> ProcessResult {
        try Data(CaseFiles.synthetic(groups).utf8).write(to: dir.appendingPathComponent(file))
        let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return try Tipdb.run(["derive", "ctdc", "--dataset", "sample", "--by", "country", "--show"], in: dir)
    }

    @Test("three people added in the USA: version 2's USA and Philippines counts are suppressed, not 33 beside version 1's 30")
    func smallChangeSuppressed() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let first = try loadAndDerive([(30, "2019", "USA"), (20, "2019", "PHL")], file: "v1.csv", in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("30  count  country USA  (sample-v1/count/country:USA)"), "\(first.stdout)")

            let second = try loadAndDerive([(33, "2019", "USA"), (20, "2019", "PHL")], file: "v2.csv", in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stdout.contains("53  count  all people  (sample-v2/count)"), "\(second.stdout)")
            let usa = second.stdout.split(separator: "\n").first { $0.hasSuffix("(sample-v2/count/country:USA)") }
            let philippines = second.stdout.split(separator: "\n").first { $0.hasSuffix("(sample-v2/count/country:PHL)") }
            #expect(usa?.contains("<") == true && usa?.contains("33") == false, "\(second.stdout)")
            #expect(philippines?.contains("<") == true, "\(second.stdout)")
        }
    }

    @Test("three people added to the only country: the change is the public total's; refused, naming the change and version 1")
    func smallChangeRefused() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try loadAndDerive([(30, "2019", "USA")], file: "v1.csv", in: dir).status == 0)
            let second = try loadAndDerive([(33, "2019", "USA")], file: "v2.csv", in: dir)
            #expect(second.status == 1)
            #expect(second.stderr.contains(
                "cannot protect the change in sample-v2/count/country:USA since version 1: fewer than 11 people added or removed, whom a reader holding both versions' tables could count"),
                "\(second.stderr)")
            #expect(second.stderr.contains("(--by country of version 1)"), "\(second.stderr)")
            #expect(second.stderr.contains("or once the newer version adds at least 11 people to every count that changes"), "\(second.stderr)")
            let derived = try Tipdb.run(["sql", "SELECT count(*) AS n FROM figures WHERE key LIKE 'sample-v2/%'", "--format", "csv"], in: dir)
            #expect(derived.stdout == "n\r\n0\r\n", "\(derived.stdout)")
        }
    }

    @Test("twelve people added: no small change, version 2's counts are published")
    func largeChangePublished() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try loadAndDerive([(30, "2019", "USA"), (20, "2019", "PHL")], file: "v1.csv", in: dir).status == 0)
            let second = try loadAndDerive([(42, "2019", "USA"), (20, "2019", "PHL")], file: "v2.csv", in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stdout.contains("42  count  country USA  (sample-v2/count/country:USA)"), "\(second.stdout)")
            #expect(second.stdout.contains("20  count  country PHL  (sample-v2/count/country:PHL)"), "\(second.stdout)")
        }
    }
}
