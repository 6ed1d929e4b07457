import Foundation
import Testing

/// The brief's subgroup cautions compare periods by the days they cover, as `tipdb check`'s
/// `subgroup-above-total` and `parts-above-total` do: a female count for `2018-01`/`2018-12`
/// above the total for `2018` is cautioned about, and check and the brief name the same pairs
/// and sums, whichever way each figure writes its year.
@Suite("brief: subgroups above their totals by the days a period covers, as check names them (built binary)")
struct BriefPeriodDaysCommandTests {
    static let sources = """
        key,kind,title,publisher,date
        x,report,Survey X,Institute X,2021

        """

    /// Nepal: a total for 2018, one for 2018-2019 (between the two in reading order) and a female
    /// count for 2018-01/2018-12 above the 2018 total. India: a total for 2018 and female and male
    /// counts for the same year written as months and as days, adding up to more than it.
    static let figures = """
        key,measure,value,unit,place,period_start,period_end,sex,age_group,source,method
        npl-t,forced-labour,500,persons,NPL,2018,,total,total,x,estimated
        npl-two,forced-labour,900,persons,NPL,2018,2019,total,total,x,estimated
        npl-f,forced-labour,600,persons,NPL,2018-01,2018-12,female,total,x,estimated
        ind-t,forced-labour,1000,persons,IND,2018,,total,total,x,estimated
        ind-f,forced-labour,400,persons,IND,2018-01,2018-12,female,total,x,estimated
        ind-m,forced-labour,700,persons,IND,2018-01-01,2018-12-31,male,total,x,estimated

        """

    private func load(in dir: URL) throws {
        try IngestPartWarningTests.write(Self.sources, "sources.csv", in: dir)
        try IngestPartWarningTests.write(Self.figures, "figures.csv", in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let loaded = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    /// Check's rows of `rule`, from its JSON.
    private func checkRows(_ rule: String, in dir: URL) throws -> [String] {
        let check = try Tipdb.run(["check", "--format", "json"], in: dir)
        let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let finding = (report?["findings"] as? [[String: Any]] ?? []).first { $0["check"] as? String == rule }
        return finding?["rows"] as? [String] ?? []
    }

    @Test("the brief cautions about npl-f (2018-01 to 2018-12) above npl-t (2018) and says the periods are one, as check's row does")
    func subgroupAboveTotal() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            #expect(try checkRows("subgroup-above-total", in: dir) == [
                "npl-f (600) > npl-t (500) (periods 2018-01/2018-12 and 2018 cover the same days)",
            ])
            let arguments = ["report", "brief", "--title", "Forced labour", "--date", "2026-12-01"]
            let markdown = try Tipdb.run(arguments, in: dir)
            #expect(markdown.status == 0, "\(markdown.stderr)")
            #expect(markdown.stdout.contains("""
                Forced labour in Nepal, January-December 2018, Institute X 2021 [1]: the subgroup female (600) is larger than the \
                total it is part of (500). The periods January-December 2018 and 2018 cover the same days. Both are kept as \
                published, but a part cannot be larger than its whole: one of the two counts something else or is wrong. Say so \
                when citing either.
                """), "\(markdown.stdout)")
            #expect(markdown.stdout.contains("""
                Forced labour in India, 2018, Institute X 2021 [1]: the subgroups female (400) and male (700) add up to 1,100, \
                more than the total they are part of (1,000). The periods January-December 2018, 2018-01-01 to 2018-12-31 and 2018 \
                cover the same days.
                """), "\(markdown.stdout)")
        }
    }

    @Test("check and the brief's JSON name the same pairs and sums")
    func samePairs() throws {
        try withTemporaryDirectory { dir in
            try load(in: dir)
            // `npl-f (600) > npl-t (500) (...)`: the two keys; a sum's parts and total likewise.
            func keys(_ row: String) -> [String] {
                let words = row.components(separatedBy: " ")
                return words.indices.filter { $0 == 0 || ["+", ">"].contains(words[$0 - 1]) }.map { words[$0] }
            }
            let pairs = try checkRows("subgroup-above-total", in: dir).map(keys)
            let sums = try checkRows("parts-above-total", in: dir).map(keys)
            #expect(pairs == [["npl-f", "npl-t"]])
            #expect(sums == [["ind-f", "ind-m", "ind-t"]])

            let json = try Tipdb.run(["report", "brief", "--format", "json", "--date", "2026-12-01"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let warnings = (object?["comparability"] as? [String: Any])?["warnings"] as? [[String: Any]] ?? []
            let subgroups = warnings.filter { $0["kind"] as? String == "subgroups" }
            let larger = subgroups.filter { ($0["text"] as? String)?.contains(" is larger than the total ") == true }
            let added = subgroups.filter { ($0["text"] as? String)?.contains(" add up to ") == true }
            #expect(larger.map { $0["figures"] as? [String] ?? [] } == pairs)
            #expect(added.map { $0["figures"] as? [String] ?? [] } == sums)
        }
    }
}
