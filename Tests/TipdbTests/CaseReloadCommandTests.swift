import Foundation
import Testing

@Suite("CLI: a CTDC file loaded with --on-error skip keeps saying what was refused")
struct CaseReloadCommandTests {
    /// A Synthetic Dataset file of 10 people, 6 of them refused: lines 3, 5, 6, 8, 9 and 11.
    private func writeFile(in dir: URL) throws {
        func person(_ year: String, _ gender: String = "Woman", citizenship: String = "MEX") -> String {
            CaseFiles.syntheticRow(["yearOfRegistration": year, "gender": gender, "ageBroad": "18--20", "citizenship": citizenship,
                                    "CountryOfExploitation": "USA", "isSexualExploit": "1"])
        }
        let rows = [person("2019"), person("2019", "Femal"), person("2020"), person("abc"), person("2019", citizenship: "XX"),
                    person("2020"), person("1899"), person("2019", "Alien"), person("2020"), person("21")]
        try Data(([CaseFiles.syntheticHeader] + rows).joined(separator: "\n").appending("\n").utf8)
            .write(to: dir.appendingPathComponent("bad.csv"))
    }

    private func sql(_ query: String, in dir: URL) throws -> String {
        try Tipdb.run(["sql", query, "--format", "csv"], in: dir).stdout
    }

    private let problems = [
        "bad.csv:3:6: gender: \"Femal\" is not a valid value; expected Female, Male, Woman, Man or Trans/Transgender/NonConforming (or -99 for missing)",
        "bad.csv:5:1: yearOfRegistration: \"abc\" is not a valid value; expected a four-digit year between 1900 and 2100",
        "bad.csv:6:19: citizenship: \"XX\" is not a valid value; expected an ISO 3166-1 alpha-2 or alpha-3 country code (or -99 for missing)",
        "bad.csv:8:1: yearOfRegistration: \"1899\" is not a valid value; expected a four-digit year between 1900 and 2100",
        "bad.csv:9:6: gender: \"Alien\" is not a valid value; expected Female, Male, Woman, Man or Trans/Transgender/NonConforming (or -99 for missing)",
        "bad.csv:11:1: yearOfRegistration: \"21\" is not a valid value; expected a four-digit year between 1900 and 2100",
    ]

    @Test("loading it again lists the refused rows again (exit 1), counts the rows read, and the version records them")
    func reloadReportsRefusedRows() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try writeFile(in: dir)
            let first = try Tipdb.run(["ingest", "--format", "ctdc", "bad.csv", "--dataset", "t-bad", "--on-error", "skip"], in: dir)
            #expect(first.status == 1)
            #expect(first.stdout == "bad.csv: 10 read, 4 inserted, 0 updated, 0 unchanged, 6 rejected (batch 1)\n")
            #expect(try sql("SELECT rows, rows_rejected FROM datasets", in: dir) == "rows,rows_rejected\r\n4,6\r\n")

            let again = try Tipdb.run(["ingest", "--format", "ctdc", "bad.csv", "--dataset", "t-bad"], in: dir)
            #expect(again.status == 1)
            #expect(again.stderr.hasPrefix(problems.joined(separator: "\n") + "\n"), "\(again.stderr)")
            #expect(again.stderr.contains("note: bad.csv: already loaded as dataset t-bad version 1 (same sha256): nothing written; version 1 holds the 4 rows that loaded, without the 6 listed, refused then too: fix them in the file, which then loads as the next version\n"), "\(again.stderr)")
            #expect(again.stdout == "bad.csv: 10 read, 6 rejected; nothing written (the command was rejected)\n")

            let skipped = try Tipdb.run(["ingest", "--format", "ctdc", "bad.csv", "--dataset", "t-bad", "--on-error", "skip"], in: dir)
            #expect(skipped.status == 1)
            #expect(skipped.stdout == "bad.csv: 10 read, 0 inserted, 0 updated, 4 unchanged, 6 rejected (batch 2)\n")
            #expect(try sql("SELECT batch_id, count(*) AS n FROM ingest_rejects GROUP BY batch_id", in: dir) == "batch_id,n\r\n1,6\r\n2,6\r\n")
            #expect(try sql("SELECT count(*) AS n FROM datasets", in: dir) == "n\r\n1\r\n")
            #expect(try sql("SELECT count(*) AS n FROM cases", in: dir) == "n\r\n4\r\n")
        }
    }

    @Test("derive says its figures cover the rows the version holds, not the whole file, and hides that number when it is small")
    func deriveSaysWhatItCovers() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try writeFile(in: dir)
            _ = try Tipdb.run(["ingest", "--format", "ctdc", "bad.csv", "--dataset", "t-bad", "--on-error", "skip"], in: dir)
            let small = try Tipdb.run(["derive", "ctdc", "--dataset", "t-bad", "--by", "year", "--dry-run"], in: dir)
            #expect(small.stderr.contains("note: dataset t-bad version 1 was loaded with --on-error skip and holds part of the file's 10 rows, the others refused at ingest not counted: these figures count only the rows it holds, and their notes say so\n"), "\(small.stderr)")
            let derived = try Tipdb.run(["derive", "ctdc", "--dataset", "t-bad", "--by", "year", "--min-cell", "2"], in: dir)
            #expect(derived.status == 0, "\(derived.stderr)")
            #expect(derived.stderr.contains("note: dataset t-bad version 1 was loaded with --on-error skip and holds 4 of the file's 10 rows, the 6 refused at ingest not counted: these figures count only the rows it holds, and their notes say so\n"), "\(derived.stderr)")
            let notes = try sql("SELECT notes FROM figures WHERE key = 't-bad-v1/count'", in: dir)
            #expect(notes.contains("Derived by tipdb from the CTDC Global Synthetic Dataset (dataset t-bad version 1, sha256 "), "\(notes)")
            #expect(notes.contains("; it holds 4 of the file's 10 rows, the 6 refused at ingest not counted): the number of people recorded with any characteristics (all people in the dataset)."), "\(notes)")
        }
    }

    @Test("a file loaded whole says so again with the rows it read, and exits 0")
    func cleanReload() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try Data(CaseFiles.synthetic([(25, "2019", "USA")]).utf8).write(to: dir.appendingPathComponent("cases.csv"))
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "cases.csv"], in: dir).status == 0)
            let again = try Tipdb.run(["ingest", "--format", "ctdc", "cases.csv"], in: dir)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout == "cases.csv: 25 read, 0 inserted, 0 updated, 25 unchanged, 0 rejected (batch 2)\n")
            #expect(again.stderr.contains("note: cases.csv: already loaded as dataset ctdc-synthetic version 1 (same sha256): nothing written\n"), "\(again.stderr)")
            let derived = try Tipdb.run(["derive", "ctdc", "--dataset", "ctdc-synthetic", "--by", "year"], in: dir)
            #expect(!derived.stderr.contains("refused"), "\(derived.stderr)")
            #expect(try sql("SELECT count(*) AS n FROM figures WHERE notes LIKE '%refused%'", in: dir) == "n\r\n0\r\n")
        }
    }
}
