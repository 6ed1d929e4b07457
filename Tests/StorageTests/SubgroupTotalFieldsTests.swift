import Testing

@testable import Storage

/// The order in which a subgroup's totals are tried (`Fields.firstTotal`), which decides the total
/// a subgroup is named against, and the list that stands in for a dictionary (`FieldsTable`).
@Suite("subgroup totals: the order they are tried in, and the table of a group's fields")
struct SubgroupTotalFieldsTests {
    typealias Fields = SubgroupTotals.Fields

    /// Every total `firstTotal` tries, in order.
    private func tried(_ fields: Fields, brokenDown: Bool = false) -> [Fields] {
        var seen: [Fields] = []
        let none: Int? = fields.firstTotal(brokenDown: brokenDown) { total in
            seen.append(total)
            return nil
        }
        #expect(none == nil)
        return seen
    }

    @Test("women aged 0 to 17 in forced labour: the whole total first, then one field reset, then two")
    func everyFieldSet() {
        let totals = tried(Fields(sex: "female", ageGroup: "0-17", form: "forced-labour"))
        #expect(totals == [
            Fields(sex: "total", ageGroup: "total", form: ""),
            Fields(sex: "total", ageGroup: "0-17", form: "forced-labour"),
            Fields(sex: "female", ageGroup: "total", form: "forced-labour"),
            Fields(sex: "female", ageGroup: "0-17", form: ""),
            Fields(sex: "total", ageGroup: "total", form: "forced-labour"),
            Fields(sex: "total", ageGroup: "0-17", form: ""),
            Fields(sex: "female", ageGroup: "total", form: ""),
        ])
    }

    @Test("a field that already reads total gives no total twice, and never the figure's own fields")
    func repeatsLeftOut() {
        #expect(tried(Fields(sex: "male", ageGroup: "total", form: "")) == [Fields(sex: "total", ageGroup: "total", form: "")])
        #expect(tried(Fields(sex: "total", ageGroup: "children", form: "forced-marriage")) == [
            Fields(sex: "total", ageGroup: "total", form: ""),
            Fields(sex: "total", ageGroup: "total", form: "forced-marriage"),
            Fields(sex: "total", ageGroup: "children", form: ""),
        ])
        #expect(tried(Fields(sex: "total", ageGroup: "total", form: "")).isEmpty)
    }

    @Test("a figure restricted by a breakdown: its own fields first, then only totals with the form reset")
    func brokenDown() {
        #expect(tried(Fields(sex: "total", ageGroup: "total", form: ""), brokenDown: true) == [
            Fields(sex: "total", ageGroup: "total", form: "")
        ])
        #expect(tried(Fields(sex: "female", ageGroup: "adults", form: ""), brokenDown: true) == [
            Fields(sex: "total", ageGroup: "total", form: ""),
            Fields(sex: "female", ageGroup: "adults", form: ""),
            Fields(sex: "total", ageGroup: "adults", form: ""),
            Fields(sex: "female", ageGroup: "total", form: ""),
        ])
    }

    @Test("an age band: after the resets, each broader age group, narrowest first, with its sex and form, then without")
    func broaderAges() {
        let spans = SubgroupSums.ageSpans(["total", "children", "0-11", "0-17", "adults", "unknown", "5-9", "0-4"])
        // 0-17 and children cover the same ages: both, by name.
        #expect(SubgroupSums.broaderAgeGroups(of: "0-4", among: spans) == ["0-11", "0-17", "children"])
        #expect(SubgroupSums.broaderAgeGroups(of: "0-17", among: spans).isEmpty)
        #expect(SubgroupSums.broaderAgeGroups(of: "70+", among: SubgroupSums.ageSpans(["adults", "65+", "children"])) == ["65+", "adults"])
        #expect(SubgroupSums.broaderAgeGroups(of: "unknown", among: spans).isEmpty)
        var seen: [Fields] = []
        let none: Int? = Fields(sex: "female", ageGroup: "12-17", form: "").firstTotal(brokenDown: false, broaderAges: ["children"]) {
            seen.append($0)
            return nil
        }
        #expect(none == nil)
        #expect(seen == [
            Fields(sex: "total", ageGroup: "total", form: ""),
            Fields(sex: "total", ageGroup: "12-17", form: ""),
            Fields(sex: "female", ageGroup: "total", form: ""),
            Fields(sex: "female", ageGroup: "children", form: ""),
            Fields(sex: "total", ageGroup: "children", form: ""),
        ])
    }

    @Test("firstTotal stops at the first total its body accepts")
    func stopsAtFirst() {
        var asked = 0
        let found: Fields? = Fields(sex: "female", ageGroup: "children", form: "").firstTotal(brokenDown: false) { total in
            asked += 1
            return total.sex == "total" && total.ageGroup == "children" ? total : nil
        }
        #expect(found == Fields(sex: "total", ageGroup: "children", form: ""))
        #expect(asked == 2)
    }

    @Test("the table finds, replaces and removes by fields, keeping the order they were first set in")
    func table() {
        var table = SubgroupTotals.FieldsTable<Int>()
        let women = Fields(sex: "female", ageGroup: "total", form: "")
        let men = Fields(sex: "male", ageGroup: "total", form: "")
        let everyone = Fields(sex: "total", ageGroup: "total", form: "")
        table[women] = 1
        table[men] = 2
        table[women] = 3
        #expect(table[women] == 3)
        #expect(table[men] == 2)
        #expect(table[everyone] == nil)
        #expect(table.keys == [women, men])
        table[everyone] = 4
        table[women] = nil
        #expect(table.keys == [men, everyone])
        #expect(table.count == 2)
        table[women] = nil
        #expect(table.count == 2)
    }

    @Test("past its limit the table indexes its entries, and finds, replaces and removes as before")
    func longTable() {
        var table = SubgroupTotals.FieldsTable<Int>()
        let ages = (0..<40).map { "\($0)-\($0)" }
        for (index, age) in ages.enumerated() {
            table[Fields(sex: "female", ageGroup: age, form: "")] = index
        }
        #expect(table.positions != nil)
        #expect(table.count == 40)
        for (index, age) in ages.enumerated() {
            #expect(table[Fields(sex: "female", ageGroup: age, form: "")] == index)
            #expect(table[Fields(sex: "male", ageGroup: age, form: "")] == nil)
        }
        table[Fields(sex: "female", ageGroup: "3-3", form: "")] = 100
        table[Fields(sex: "female", ageGroup: "0-0", form: "")] = nil
        #expect(table.count == 39)
        #expect(table[Fields(sex: "female", ageGroup: "0-0", form: "")] == nil)
        #expect(table[Fields(sex: "female", ageGroup: "3-3", form: "")] == 100)
        #expect(table[Fields(sex: "female", ageGroup: "39-39", form: "")] == 39)
        #expect(table.keys == ages.dropFirst().map { Fields(sex: "female", ageGroup: $0, form: "") })
        var short = SubgroupTotals.FieldsTable<Int>()
        short[Fields(sex: "male", ageGroup: "total", form: "")] = 1
        #expect(short.positions == nil)
    }
}
