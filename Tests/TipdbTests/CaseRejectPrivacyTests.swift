import Foundation
import Storage
import Testing

@Suite("Privacy: a refused case row is kept by line and reason only, and export hides and counts it")
struct CaseRejectPrivacyTests {
    /// A Global Dataset file with two identifier columns after CTDC's 63, and a row refused for
    /// its gender (line 3).
    private func writeFile(in dir: URL) throws {
        let good = CaseFiles.globalRow(["yearOfRegistration": "2019", "gender": "Female", "citizenship": "UA", "CountryOfExploitation": "PL"])
        let bad = CaseFiles.globalRow(["yearOfRegistration": "2019", "gender": "Femal", "citizenship": "RU", "CountryOfExploitation": "UZ"])
        let text = CaseFiles.globalHeader + ",victimName,passportNumber\n" + good + ",Jane Doe 1,P12345678\n" + bad + ",Jane Doe 3,P32345678\n"
        try Data(text.utf8).write(to: dir.appendingPathComponent("pii.csv"))
    }

    /// The database's bytes (file and WAL), as text: what anyone holding the file could read.
    private func bytes(in dir: URL) throws -> String {
        let files = ["tipdb.sqlite", "tipdb.sqlite-wal"].map { dir.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        return try files.map { String(decoding: try Data(contentsOf: $0), as: UTF8.self) }.joined()
    }

    @Test("with --allow-identifiers --on-error skip, the refused row's text (names, passport numbers) is nowhere in the database")
    func refusedRowNotKept() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try writeFile(in: dir)
            let result = try Tipdb.run(["ingest", "pii.csv", "--dataset", "pii", "--allow-identifiers", "--on-error", "skip"], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout == "pii.csv: 2 read, 1 inserted, 0 updated, 0 unchanged, 1 rejected, 1 warning (batch 1)\n")
            #expect(result.stderr.contains("warning: pii.csv:1:1: THIS FILE HOLDS PERSONAL DATA: victimName (a name), passportNumber (a passport number) look like direct identifiers. --allow-identifiers was given, so the file is read WITHOUT those columns; tipdb never stores them, and keeps a refused row by its line and reason only. Keep and delete the file under your data-protection rules\n"), "\(result.stderr)")
            // Line 3, column 10: the gender field, after "2019,-99,".
            let rejects = try Tipdb.run(["sql", "SELECT line, \"column\", raw IS NULL AS no_text, reason FROM ingest_rejects", "--format", "csv"], in: dir)
            #expect(rejects.stdout == "line,column,no_text,reason\r\n3,10,1,\"gender: \"\"Femal\"\" is not a valid value; expected Female, Male, Woman, Man or Trans/Transgender/NonConforming (or -99 for missing)\"\r\n", "\(rejects.stdout)")
            let stored = try bytes(in: dir)
            for secret in ["Jane Doe", "P12345678", "P32345678"] {
                #expect(!stored.contains(secret), "\(secret) is in the database file")
            }
        }
    }

    @Test("export datasette-metadata hides ingest_rejects when it holds rows of case files, counts them, and says how to publish a clean copy")
    func exportHidesCaseRejects() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            // A figures file's refused row alone: nothing about people, the table stays listed.
            try Data("measure,value,place,period,source\nforced-labour,12,Atlantis,2020,nowhere\n".utf8).write(to: dir.appendingPathComponent("figures.csv"))
            _ = try Tipdb.run(["ingest", "figures.csv", "--on-error", "skip"], in: dir)
            let plain = try Tipdb.run(["export", "datasette-metadata", "-o", "metadata.json"], in: dir)
            #expect(plain.status == 0 && plain.stderr.isEmpty, "\(plain.stderr)")
            #expect(try hidden(in: dir) == ["cases"])

            try writeFile(in: dir)
            _ = try Tipdb.run(["ingest", "pii.csv", "--dataset", "pii", "--allow-identifiers", "--on-error", "skip"], in: dir)
            let result = try Tipdb.run(["export", "datasette-metadata", "-o", "metadata.json"], in: dir)
            #expect(result.status == 0)
            let clean = "tipdb backup copy.sqlite, then sqlite3 copy.sqlite \"DELETE FROM cases; DELETE FROM ingest_rejects WHERE batch_id IN (SELECT id FROM ingest_batches WHERE format = 'ctdc'); VACUUM\""
            #expect(result.stderr == """
                warning: the database holds 1 case-level row (personal data, table cases): the metadata hides the table from Datasette's list, but anyone who can query the database can read them; publish a copy without them (\(clean)) or the derived figures only
                warning: ingest_rejects holds 1 row refused from case-level files (personal data: the line of a person's row and the value refused): the metadata hides ingest_rejects (and the view open_rejects, which reads it) from Datasette's list, but anyone who can query the database can read it; publish a copy without it (\(clean))

                """ + DatasettePublicationTests.note, "\(result.stderr)")
            // open_rejects lists the same refused rows: hidden with the table it reads (review of session 48).
            #expect(try hidden(in: dir) == ["cases", "ingest_rejects", "open_rejects"])

            // The advice works: the copy holds neither, and the figures file's reject stays.
            #expect(try Tipdb.run(["backup", "copy.sqlite"], in: dir).status == 0)
            let sql = "DELETE FROM cases; DELETE FROM ingest_rejects WHERE batch_id IN (SELECT id FROM ingest_batches WHERE format = 'ctdc'); VACUUM"
            let shell = try Tipdb.runInShell("sqlite3 copy.sqlite \"$1\"", [sql], in: dir)
            #expect(shell.status == 0, "\(shell.stderr)")
            let copy = try Tipdb.run(["export", "datasette-metadata", "--db", "copy.sqlite", "-o", "copy.json"], in: dir)
            #expect(copy.status == 0 && copy.stderr.isEmpty, "\(copy.stderr)")
            let left = try Tipdb.run(["sql", "--db", "copy.sqlite", "SELECT count(*) AS n FROM ingest_rejects", "--format", "csv"], in: dir)
            #expect(left.stdout == "n\r\n1\r\n")
        }
    }

    @Test("status counts the rows refused from case files and the dataset versions that still hold case rows, not those whose rows were deleted")
    func statusCountsPersonalData() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try writeFile(in: dir)
            _ = try Tipdb.run(["ingest", "pii.csv", "--dataset", "pii", "--allow-identifiers", "--on-error", "skip"], in: dir)
            // The next release: one more person, the refused row still there (version 2).
            let next = try String(contentsOf: dir.appendingPathComponent("pii.csv"), encoding: .utf8)
                + CaseFiles.globalRow(["yearOfRegistration": "2020", "gender": "Male", "citizenship": "UA", "CountryOfExploitation": "PL"]) + ",Jane Doe 4,P42345678\n"
            try Data(next.utf8).write(to: dir.appendingPathComponent("pii.csv"))
            let second = try Tipdb.run(["ingest", "pii.csv", "--dataset", "pii", "--allow-identifiers", "--on-error", "skip"], in: dir)
            #expect(second.stdout.hasPrefix("pii.csv: 3 read, 2 inserted"), "\(second.stdout)")
            let both = try Tipdb.run(["status"], in: dir)
            #expect(both.stdout.contains("case records:   3 from 2 dataset versions (personal data: share briefs, not this file)\n"), "\(both.stdout)")
            #expect(both.stdout.contains("refused case rows: 2 in ingest_rejects (personal data: each names a person's row and quotes the value refused)\n"), "\(both.stdout)")

            // The first version's case rows erased, as a superseded release's are: one version holds personal data.
            let shell = try Tipdb.runInShell("sqlite3 tipdb.sqlite \"$1\"", ["DELETE FROM cases WHERE dataset_id = 1"], in: dir)
            #expect(shell.status == 0, "\(shell.stderr)")
            let one = try Tipdb.run(["status", "--json"], in: dir)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
            #expect(object["cases"] as? Int == 2 && object["caseDatasets"] as? Int == 1 && object["datasets"] as? Int == 2, "\(one.stdout)")
            #expect(object["caseRejects"] as? Int == 2, "\(one.stdout)")

            // Every case row gone, the refused rows stay: status still says where personal data sits.
            _ = try Tipdb.runInShell("sqlite3 tipdb.sqlite \"$1\"", ["DELETE FROM cases"], in: dir)
            let none = try Tipdb.run(["status"], in: dir)
            #expect(!none.stdout.contains("case records"), "\(none.stdout)")
            #expect(none.stdout.contains("refused case rows: 2 in ingest_rejects"), "\(none.stdout)")
        }
    }

    /// The tables `metadata.json` marks hidden.
    private func hidden(in dir: URL) throws -> Set<String> {
        let data = try Data(contentsOf: dir.appendingPathComponent("metadata.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let databases = try #require(object["databases"] as? [String: [String: Any]])
        let tables = try #require(databases["tipdb"]?["tables"] as? [String: [String: Any]])
        return Set(tables.filter { $0.value["hidden"] as? Bool == true }.keys)
    }
}
