import Foundation
import Storage
import Testing

/// A bulk file's rejected rows beyond the first 10,000 are kept in a temporary file, not in
/// memory, and listed in their place: the output is what it was when every message was held.
@Suite("Rejected rows of a bulk file beyond 10,000 are listed from a temporary file, in order (built binary)")
struct RejectSpillTests {
    static let rows = 10_050
    static let gender = #"gender: "Womn" is not a valid value; expected Female, Male, Woman, Man or Trans/Transgender/NonConforming (or -99 for missing)"#
    static let teenagers = #"age_group: "teenagers" is not an age group; expected total, children, adults, unknown, or an age band in whole years: 18-20 (also 18 to 20, 18-20 years), 65+ (also 65 and over, 65 or older, over 65), under 5 (stored as 0-4); 0-17 and under 18 are children, 18+ adults, 0+ total"#

    /// A CTDC file of `rows` rows each refused for its gender (column 10), between two figures
    /// files of one refused row each, named before and after it on the command line.
    private func writeFiles(in dir: URL) throws -> [String] {
        try makeFixtureDatabase(in: dir)
        let row = CaseFiles.globalRow(["yearOfRegistration": "2019", "gender": "Womn", "citizenship": "UA", "CountryOfExploitation": "PL"])
        try Data((CaseFiles.globalHeader + "\n" + String(repeating: row + "\n", count: Self.rows)).utf8).write(to: dir.appendingPathComponent("cases.csv"))
        for name in ["a.csv", "z.csv"] {
            try Data("key,measure,value,place,period,source,age_group\n\(name.prefix(1))1,forced-labour,10,FRA,2004,ilo-2005-global-alliance,teenagers\n".utf8)
                .write(to: dir.appendingPathComponent(name))
        }
        return ["a.csv", "cases.csv", "z.csv"]
    }

    @Test("10,050 refused case rows: every line in file order between the other files' problems, the count, and every row in ingest_rejects")
    func listedInOrder() throws {
        try withTemporaryDirectory { dir in
            let files = try writeFiles(in: dir)
            let result = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "--dataset", "spill"] + files, in: dir)
            #expect(result.status == 1)
            let cases = (2...(Self.rows + 1)).map { "cases.csv:\($0):10: \(Self.gender)\n" }.joined()
            let expected = "a.csv:2:55: \(Self.teenagers)\n" + cases + "z.csv:2:55: \(Self.teenagers)\n"
                + "tipdb: \(Self.rows + 2) problems found; the rows concerned were skipped and kept in ingest_rejects\n"
            #expect(result.stderr == expected, "\(result.stderr.prefix(2000))")
            let rejects = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) AS n, min(line) AS first, max(line) AS last FROM ingest_rejects"], in: dir)
            #expect(rejects.stdout == "n,first,last\r\n\(Self.rows + 2),2,\(Self.rows + 1)\r\n")
        }
    }

    @Test("--json lists the spilled problems in the document too, in the same order")
    func json() throws {
        try withTemporaryDirectory { dir in
            let files = try writeFiles(in: dir)
            let result = try Tipdb.run(["ingest", "--json", "--on-error", "skip", "--dataset", "spill"] + files, in: dir)
            #expect(result.status == 1)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let errors = try #require(document["errors"] as? [[String: Any]])
            #expect(errors.count == Self.rows + 2)
            #expect(errors.map { "\($0["file"] ?? ""):\($0["line"] ?? "")" } == ["a.csv:2"] + (2...(Self.rows + 1)).map { "cases.csv:\($0)" } + ["z.csv:2"])
            #expect(errors.last?["message"] as? String == Self.teenagers)
        }
    }
}
