import Foundation
import Storage
import Testing

/// CTDC's text columns (`RecruiterRelationship`, the `*Concatenated` columns) keep only CTDC's
/// labels: a case worker's note there (a name, a phone or passport number, an e-mail address, a
/// date of birth) was stored as given, exit 0, with no word (a privacy review, session 48).
@Suite("ingest --format ctdc stores no free text in CTDC's text columns (built binary)")
struct CaseFreeTextTests {
    static func row(_ extra: [String: String]) -> String {
        CaseFiles.globalRow(["yearOfRegistration": "2020", "Datasource": "Case Management", "gender": "Female", "ageBroad": "21--23",
                             "citizenship": "PH", "CountryOfExploitation": "US", "isSexualExploit": "1"].merging(extra) { $1 })
    }

    @Test("a name, phone, passport, address, e-mail and birth date: not stored, a warning at each cell that repeats none of them")
    func notesNotStored() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let rows = [
                Self.row(["RecruiterRelationship": "\"Uncle Jon Jonsson, tel +354 555 1234, passport A1234567\""]),
                Self.row(["meansOfControlConcatenated": "\"Threats by employer Gudrun Jonsdottir (Reykjavik, Laugavegur 12)\""]),
                Self.row(["typeOfExploitConcatenated": "\"victim born 03/02/1954, email jon@example.is\""]),
                Self.row(["RecruiterRelationship": "Family/Relative", "meansOfControlConcatenated": "Debt bondage;Threats",
                          "typeOfExploitConcatenated": "Sexual exploitation", "typeOfLabourConcatenated": "Domestic work",
                          "typeOfSexConcatenated": "Prostitution"]),
            ]
            try Data(([CaseFiles.globalHeader] + rows).joined(separator: "\n").utf8 + [10]).write(to: dir.appendingPathComponent("free.csv"))
            let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "free.csv", "--dataset", "fr", "--released", "2024-03-01"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            for secret in ["Jon", "354", "A1234567", "Gudrun", "Laugavegur", "1954", "example.is"] {
                #expect(!ingest.stderr.contains(secret) && !ingest.stdout.contains(secret), "\(secret): \(ingest.stderr)")
            }
            func warning(_ column: String) -> String {
                ingest.stderr.split(separator: "\n").first { $0.contains(": \(column): not stored (NULL)") }.map(String.init) ?? ""
            }
            #expect(warning("RecruiterRelationship").contains(
                "free.csv:2:"), "\(ingest.stderr)")
            #expect(warning("RecruiterRelationship").hasSuffix(
                "RecruiterRelationship: not stored (NULL): the cell holds digits (as a phone, passport or identity number, a date or an address has) and words that are none of its labels (as a name or a place may be), not CTDC's labels for this column; tipdb keeps only those labels in CTDC's text columns, since a note written there may name or identify a person, and does not repeat the text here; expected labels separated by ; such as Intimate Partner, Friend, Family/Relative, Other, Unknown"),
                "\(ingest.stderr)")
            #expect(warning("meansOfControlConcatenated").contains("free.csv:3:"), "\(ingest.stderr)")
            #expect(warning("typeOfExploitConcatenated").contains("free.csv:4:"), "\(ingest.stderr)")
            #expect(warning("typeOfExploitConcatenated").contains("the cell holds an e-mail address, digits"), "\(ingest.stderr)")

            let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
            defer { db.close() }
            let stored = try db.rows(
                """
                SELECT line, recruiter_relationship AS r, means_concatenated AS m, type_of_exploit_concatenated AS e
                FROM cases ORDER BY line
                """).map { "\($0.int("line") ?? 0)|\($0.string("r") ?? "")|\($0.string("m") ?? "")|\($0.string("e") ?? "")" }
            #expect(stored == ["2|||", "3|||", "4|||", "5|Family/Relative|Debt bondage;Threats|Sexual exploitation"])
        }
    }
}
