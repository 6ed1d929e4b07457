import Foundation
import Storage
import Testing

/// `tipdb derive ctdc` does not break down a group of fewer people than the minimum cell size:
/// derive wrote a count only for the combinations that hold someone, so the breakdown of a `<11`
/// group told what everyone in it has in common, however its numbers were hidden (a privacy
/// review, session 48: the only Iceland cells were `age:48-plus`, `gender:male` and
/// `form:organ-removal`).
@Suite("derive ctdc withholds the breakdown of a group below the minimum cell size (built binary)")
struct DeriveGroupBreakdownTests {
    /// A Global Dataset row of one person.
    static func person(_ gender: String, _ age: String, citizenship: String, country: String, form: String) -> String {
        var values = ["yearOfRegistration": "2020", "Datasource": "Case Management", "gender": gender, "ageBroad": age,
                      "citizenship": citizenship, "CountryOfExploitation": country]
        for flag in ["isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour", "isForcedMarriage", "isForcedMilitary",
                     "isOrganRemoval", "isSlaveryAndPractices"] {
            values[flag] = flag == form ? "1" : "0"
        }
        return CaseFiles.globalRow(values)
    }

    /// 30 women exploited in the USA (sexual exploitation), 15 men there (forced labour), 20 women in
    /// the Philippines (forced labour), one man aged 48+ in Iceland (organ removal), and `extra`.
    static func file(extra: [String] = []) -> String {
        var rows = Array(repeating: person("Female", "21--23", citizenship: "US", country: "US", form: "isSexualExploit"), count: 30)
        rows += Array(repeating: person("Male", "30--38", citizenship: "MD", country: "US", form: "isForcedLabour"), count: 15)
        rows += Array(repeating: person("Female", "21--23", citizenship: "PH", country: "PH", form: "isForcedLabour"), count: 20)
        rows.append(person("Male", "48+", citizenship: "IS", country: "IS", form: "isOrganRemoval"))
        return ([CaseFiles.globalHeader] + rows + extra).joined(separator: "\n") + "\n"
    }

    static func keys(like pattern: String, in dir: URL) throws -> [String] {
        let db = try Database(path: dir.appendingPathComponent("tipdb.sqlite").path, mode: .readOnly)
        defer { db.close() }
        return try db.rows("SELECT key FROM figures WHERE key LIKE ? ORDER BY key", [pattern]).compactMap { $0.string("key") }
    }

    @Test("Iceland's one person: only the country's <11 total is published, no gender, age or form cell, and derive says why")
    func smallGroupNotBrokenDown() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.file().utf8).write(to: dir.appendingPathComponent("v1.csv"))
            let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "v1.csv", "--dataset", "x", "--released", "2024-03-01"], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")
            // Organ removal's one victim and the one person aged 48+ are small groups too.
            for (by, groups) in [("country,form", "country ISL; form organ-removal"), ("country,gender", "country ISL"),
                                 ("country,age", "age 48+; country ISL")] {
                let derive = try Tipdb.run(["derive", "ctdc", "--dataset", "x", "--by", by], in: dir)
                #expect(derive.status == 0, "\(derive.stderr)")
                let count = groups.contains(";") ? "2 groups" : "1 group"
                #expect(derive.stdout.contains("breakdown cells withheld (the breakdown of \(count) of fewer than 11 people, shown only as a total: even as <11, a breakdown would show who is in "),
                        "\(derive.stdout)")
                #expect(derive.stderr.contains("the groups of fewer than 11 people are published as a total only (\(groups))"), "\(derive.stderr)")
            }
            #expect(try Self.keys(like: "%ISL%", in: dir) == ["x-v1/count/country:ISL"])
            // The men's column: Iceland's man is not the men's total less the USA's 15.
            let show = try Tipdb.run(["derive", "ctdc", "--dataset", "x", "--by", "country,gender", "--show", "--dry-run"], in: dir)
            #expect(!show.stdout.contains("15  count  country USA, gender male"), "\(show.stdout)")
            // Nor is Iceland's woman (none) the women's total less the USA's and the Philippines': one of them is suppressed.
            let women = show.stdout.split(separator: "\n").filter { $0.contains("gender female") && $0.contains("country ") }
            #expect(women.contains { $0.hasPrefix("<") }, "\(show.stdout)")
        }
    }

    @Test("organ removal's one victim: --by gender,form and --by age,form publish no cell of the form's breakdown")
    func smallColumnNotBrokenDown() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.file().utf8).write(to: dir.appendingPathComponent("v1.csv"))
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "v1.csv", "--dataset", "x", "--released", "2024-03-01"], in: dir).status == 0)
            for by in ["gender,form", "age,form"] {
                let derive = try Tipdb.run(["derive", "ctdc", "--dataset", "x", "--by", by], in: dir)
                #expect(derive.status == 0, "\(derive.stderr)")
            }
            #expect(try Self.keys(like: "%organ-removal%", in: dir) == ["x-v1/count/form:organ-removal"])
            #expect(try Self.keys(like: "%48-plus%", in: dir) == ["x-v1/count/age:48-plus"])
        }
    }

    @Test("two women added in Iceland in version 2: no cell appears that version 1 did not have")
    func noCellAppearsBetweenVersions() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.file().utf8).write(to: dir.appendingPathComponent("v1.csv"))
            let added = Array(repeating: Self.person("Female", "21--23", citizenship: "IS", country: "IS", form: "isSexualExploit"), count: 2)
            try Data(Self.file(extra: added).utf8).write(to: dir.appendingPathComponent("v2.csv"))
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "v1.csv", "--dataset", "x", "--released", "2024-03-01"], in: dir).status == 0)
            #expect(try Tipdb.run(["derive", "ctdc", "--dataset", "x", "--by", "country,form"], in: dir).status == 0)
            #expect(try Tipdb.run(["ingest", "--format", "ctdc", "v2.csv", "--dataset", "x", "--released", "2024-09-01"], in: dir).status == 0)
            let second = try Tipdb.run(["derive", "ctdc", "--dataset", "x", "--by", "country,form"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(try Self.keys(like: "x-v2/count/country:ISL%", in: dir) == ["x-v2/count/country:ISL"])
        }
    }
}
