import Foundation
import Storage
import Testing

/// `tipdb derive ctdc` writes its notes as a brief writes numbers and forms (`1,200`, `forced
/// labour`), and a figure an earlier tipdb derived with `1200` and `forced-labour` in its notes is
/// unchanged when the same table is derived again.
@Suite("derive ctdc notes: grouped numbers, forms as a brief names them, former wording unchanged (built binary)")
struct DeriveNotesTests {
    /// 1,000 people in forced labour and 200 in sexual exploitation, all in the USA.
    private static var cases: String {
        var text = CaseFiles.syntheticHeader + "\n"
        for (times, flag) in [(1000, "isForcedLabour"), (200, "isSexualExploit")] {
            let values = ["yearOfRegistration": "2019", "gender": "Woman", "ageBroad": "18--20", "citizenship": "MEX",
                          "CountryOfExploitation": "USA", flag: "1"]
            text += String(repeating: CaseFiles.syntheticRow(values) + "\n", count: times)
        }
        return text
    }

    private static func sql(_ query: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("the share's notes say 'among the 1,200 people' and 'forced labour'; notes in the former wording stay, unchanged")
    func notes() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.cases.utf8).write(to: dir.appendingPathComponent("cases.csv"))
            let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "usa", "cases.csv"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            let derive = ["derive", "ctdc", "--dataset", "usa", "--by", "form"]
            let first = try Tipdb.run(derive, in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let share = try Self.sql("SELECT notes FROM figures WHERE key = 'usa-v1/share-form/form:forced-labour'", in: dir)
            #expect(share.contains("the share of people recorded with form of exploitation forced labour (one of possibly several) among the 1,200 people with at least one form of exploitation recorded"), "\(share)")
            let count = try Self.sql("SELECT notes FROM figures WHERE key = 'usa-v1/count/form:sexual-exploitation'", in: dir)
            #expect(count.contains("the number of people recorded with form of exploitation sexual exploitation (one of possibly several)."), "\(count)")
            #expect(!(try Self.sql("SELECT notes FROM figures", in: dir)).contains("1200"))

            // As a tipdb before the fix wrote them.
            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readWrite)
            try db.execute("""
                UPDATE figures SET notes = replace(replace(replace(notes, '1,200', '1200'),
                    'exploitation forced labour', 'exploitation forced-labour'), 'exploitation sexual exploitation', 'exploitation sexual-exploitation')
                """)
            db.close()
            let before = try Self.sql("SELECT key, notes FROM figures ORDER BY key", in: dir)
            #expect(before.contains("among the 1200 people") && before.contains("form of exploitation forced-labour"), "\(before)")
            let again = try Tipdb.run(derive, in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains(" 0 inserted, 0 updated, "), "\(again.stdout)")
            #expect(try Self.sql("SELECT key, notes FROM figures ORDER BY key", in: dir) == before)
            #expect(try Self.sql("SELECT count(*) AS n FROM figure_revisions", in: dir) == "n\r\n0\r\n")
        }
    }
}
