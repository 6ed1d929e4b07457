import Foundation
import Testing

/// `tipdb derive ctdc --by country,form` on the second review's dataset (session 17, D1): a
/// reader who knows that everyone with a form recorded holds at least one must not narrow a
/// `<11` form count with the published ones.
@Suite("derive ctdc by form: a reader's knowledge of multi-select flags (built binary)")
struct DeriveFormsTests {
    /// USA: 40 in forced labour only, 8 in sexual exploitation only; Moldova: 25 with both, 20 in
    /// sexual exploitation only; Uganda: 15 with no form recorded.
    private static var cases: String {
        var text = CaseFiles.syntheticHeader + "\n"
        let groups: [(times: Int, country: String, forcedLabour: Bool, sexual: Bool)] = [
            (40, "USA", true, false), (8, "USA", false, true), (25, "MDA", true, true), (20, "MDA", false, true), (15, "UGA", false, false),
        ]
        for group in groups {
            var values = ["yearOfRegistration": "2019", "gender": "Woman", "ageBroad": "18--20", "citizenship": "MEX",
                          "CountryOfExploitation": group.country]
            if group.forcedLabour { values["isForcedLabour"] = "1" }
            if group.sexual { values["isSexualExploit"] = "1" }
            text += String(repeating: CaseFiles.syntheticRow(values) + "\n", count: group.times)
        }
        return text
    }

    @Test("the USA's <11 for sexual exploitation is not narrowed to 8-10: its 40 in forced labour is suppressed too")
    func reviewersDataset() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = dir.appendingPathComponent("cases.csv")
            try Data(Self.cases.utf8).write(to: file)
            let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "forms", file.path], in: dir)
            #expect(ingest.status == 0, "\(ingest.stderr)")

            let result = try Tipdb.run(["derive", "ctdc", "--dataset", "forms", "--by", "country,form", "--show"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let usa = lines.filter { $0.contains("country USA") }
            #expect(usa.contains { $0.contains("48  count  country USA  ") }, "\(usa)")
            #expect(usa.contains { $0.contains("<11  count  country USA, form sexual-exploitation") }, "\(usa)")
            // The 40 is published no more: with it, 48 people and nobody unrecorded leave at least 8.
            #expect(!usa.contains { $0.contains("40  count") }, "\(usa)")
            #expect(usa.contains { $0.contains("count  country USA, form forced-labour") && $0.contains("<") }, "\(usa)")
            #expect(!lines.contains { $0.contains("share  country USA") }, "\(lines)")
        }
    }
}
