import Foundation
import Testing

/// `tipdb check` audits the counts derive published with the same code derive audits them with,
/// so that a table derive publishes is not one check calls a disclosure error. Check paired the
/// cells of a version's second table with another table's (by position, not by key) and reported a
/// change between versions no one made, blaming corrections no one made either (a privacy review,
/// session 48).
@Suite("derive ctdc and tipdb check agree on the tables of two versions (built binary)")
struct DeriveCheckAgreementTests {
    /// People by country of exploitation, form and age band (the shape of the review's generated
    /// file), plus `extra`.
    static func file(extra: [String] = []) -> String {
        let groups: [(String, String, String, Int)] = [
            ("IS", "isOrganRemoval", "48+", 1), ("MD", "isForcedLabour", "18--20", 7), ("MD", "isForcedLabour", "21--23", 15),
            ("MD", "isForcedLabour", "30--38", 15), ("MD", "isForcedLabour", "9--17", 14), ("MD", "isSexualExploit", "18--20", 6),
            ("MD", "isSexualExploit", "21--23", 6), ("MD", "isSexualExploit", "30--38", 10), ("MD", "isSexualExploit", "9--17", 9),
            ("PH", "isForcedLabour", "18--20", 6), ("PH", "isForcedLabour", "21--23", 7), ("PH", "isForcedLabour", "30--38", 6),
            ("PH", "isForcedLabour", "9--17", 12), ("PH", "isSexualExploit", "18--20", 10), ("PH", "isSexualExploit", "21--23", 13),
            ("PH", "isSexualExploit", "30--38", 11), ("PH", "isSexualExploit", "9--17", 7), ("UA", "isForcedLabour", "18--20", 14),
            ("UA", "isForcedLabour", "21--23", 8), ("UA", "isForcedLabour", "30--38", 13), ("UA", "isForcedLabour", "9--17", 19),
            ("UA", "isSexualExploit", "18--20", 9), ("UA", "isSexualExploit", "21--23", 13), ("UA", "isSexualExploit", "30--38", 14),
            ("UA", "isSexualExploit", "9--17", 9), ("US", "isForcedLabour", "18--20", 27), ("US", "isForcedLabour", "21--23", 17),
            ("US", "isForcedLabour", "30--38", 21), ("US", "isForcedLabour", "9--17", 14), ("US", "isSexualExploit", "18--20", 18),
            ("US", "isSexualExploit", "21--23", 16), ("US", "isSexualExploit", "30--38", 20), ("US", "isSexualExploit", "9--17", 14),
        ]
        var rows = [CaseFiles.globalHeader]
        for (country, form, age, times) in groups {
            let gender = country == "IS" ? "Male" : "Female"
            rows += Array(repeating: DeriveGroupBreakdownTests.person(gender, age, citizenship: country, country: country, form: form), count: times)
        }
        return (rows + extra).joined(separator: "\n") + "\n"
    }

    @Test("two tables of version 1, one of version 2: derive publishes it and check finds no derived-count-narrows error")
    func checkAgreesWithDerive() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.file().utf8).write(to: dir.appendingPathComponent("v1.csv"))
            let added = [DeriveGroupBreakdownTests.person("Female", "21--23", citizenship: "IS", country: "IS", form: "isSexualExploit"),
                         DeriveGroupBreakdownTests.person("Female", "21--23", citizenship: "MD", country: "IS", form: "isSexualExploit")]
            try Data(Self.file(extra: added).utf8).write(to: dir.appendingPathComponent("v2.csv"))
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "v1.csv", "--dataset", "x", "--released", "2024-03-01"], in: dir).status == 0)
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "x", "--by", "country,form"], in: dir).status == 0)
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "x", "--by", "country,age"], in: dir).status == 0)
            #expect(try Tipdb.run(["check"], in: dir).stdout.contains("0 errors"))
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "v2.csv", "--dataset", "x", "--released", "2024-09-01"], in: dir).status == 0)
            let second = try Tipdb.run(["derive", "ctdc", "--dataset", "x", "--by", "country,form"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(!check.stdout.contains("derived-count-narrows"), "\(check.stdout)")
            #expect(check.status == 0, "\(check.stdout)")
        }
    }
}
