import Foundation
import Testing

@Suite("CLI: rows of empty cells are skipped and not counted, in bulk files as in figures files")
struct BlankRowCommandTests {
    private func write(_ text: String, to name: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }

    private func scalar(_ sql: String, in dir: URL) throws -> String {
        let result = try Tipdb.run(["sql", sql, "--format", "csv"], in: dir)
        return result.stdout.components(separatedBy: "\r\n").dropFirst().first ?? ""
    }

    @Test("a CTDC Synthetic file's ,,, rows (mid-file and at the end, of any width) are not people")
    func syntheticCases() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let person = CaseFiles.syntheticRow(["yearOfRegistration": "2020", "gender": "Woman", "ageBroad": "09--17",
                                                 "citizenship": "CIV", "CountryOfExploitation": "FRA", "isForcedLabour": "1"])
            let empty = String(repeating: ",", count: CaseFiles.syntheticColumns.count - 1)
            try write([CaseFiles.syntheticHeader, person, empty, person, " , ,", empty, ",,,", ""].joined(separator: "\n"), to: "cases.csv", in: dir)
            let result = try Tipdb.run(["ingest", "cases.csv", "--dataset", "st"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "cases.csv: 2 read, 2 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)\n")
            #expect(try scalar("SELECT count(*) FROM cases", in: dir) == "2")
            #expect(try scalar("SELECT count(*) FROM cases WHERE year IS NULL", in: dir) == "0")
            #expect(try scalar("SELECT rows FROM datasets WHERE name = 'st'", in: dir) == "2")
        }
    }

    @Test("a CTDC Global file's trailing rows of commas are skipped; a row of -99 is a person with nothing recorded")
    func globalCases() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let person = CaseFiles.globalRow(["yearOfRegistration": "2019", "gender": "Female", "citizenship": "UA", "CountryOfExploitation": "PL"])
            let empty = String(repeating: ",", count: CaseFiles.globalColumns.count - 1)
            try write([CaseFiles.globalHeader, person, CaseFiles.globalRow([:]), empty, empty, ""].joined(separator: "\r\n"), to: "global.csv", in: dir)
            let result = try Tipdb.run(["ingest", "--format", "ctdc", "global.csv", "--dataset", "g"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "global.csv: 2 read, 2 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)\n")
            #expect(try scalar("SELECT count(*) FROM cases WHERE year IS NULL", in: dir) == "1")
        }
    }

    @Test("a CTDC file whose first line is blank is refused with the line to remove, not read as a header of empty names")
    func blankFirstLine() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            try write(",,,\n" + CaseFiles.synthetic([(2, "2020", "FRA")]), to: "cases.csv", in: dir)
            let result = try Tipdb.run(["ingest", "--format", "ctdc", "cases.csv", "--dataset", "st"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("cases.csv:1:1: the first line is blank; expected the CTDC header (yearOfRegistration, gender, ageBroad, ...) on line 1 (remove the blank lines before it)\n"), "\(result.stderr)")
        }
    }

    @Test("a GLOTIP export saved by Excel with trailing ,,,,,,,,,,,, rows and blank lines loads, and the rows are not counted")
    func glotipTrailingRows() throws {
        try withTemporaryDirectory { dir in
            _ = try Tipdb.run(["init"], in: dir)
            let rows = """
                FRA,France,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41,GLOTIP
                ,,,,,,,,,,,,

                FRA,France,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,2019,Counts,10,GLOTIP
                ,,,,,,,,,,,,
                ,,,,,,,,,,,,
                ,,,

                """
            try write(GLOTIPFiles.top() + rows, to: "glotip.csv", in: dir)
            let result = try Tipdb.run(["ingest", "glotip.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "glotip.csv: 2 read, 2 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)\n")
            #expect(!result.stderr.contains("problem"), "\(result.stderr)")
            #expect(try scalar("SELECT count(*) FROM figures", in: dir) == "2")
            #expect(try scalar("SELECT figures FROM series_vintages", in: dir) == "2")
        }
    }
}
