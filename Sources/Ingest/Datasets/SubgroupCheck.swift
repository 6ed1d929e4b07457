import Storage

/// Finds rows of a published table where a subgroup is larger than a total it is part of (such
/// as persons convicted aged 18 or over above all persons convicted), to warn about them while
/// loading them as published.
///
/// Figures are grouped by measure, place, period and unit; within a group, a figure's totals are
/// the figures with some of its subgroup fields (sex, age group, and form or breakdown) set back
/// to the total, and, for an age band, the figures of the broader age groups containing it (12-17
/// within children). Each subgroup is reported once, against the first total it exceeds in the
/// order `tipdb check` tries them (`SubgroupTotals.Fields.firstTotal`): the whole total, then the
/// totals with one field reset, then those with two, then the broader age groups.
struct SubgroupCheck {
    private struct Entry {
        let sex: String
        let age: String
        let detail: String
        let value: Double?
        let high: Double?
        let line: Int
        let column: Int
        let label: String
        /// The dimension whose total the entry is (`isDimensionTotal`) or is a category of: its
        /// breakdown's, `SubgroupTotals.formDimension` for a form; nil for neither.
        let dimension: String?
        let isDimensionTotal: Bool
    }

    private var groups: [String: [Entry]] = [:]

    /// Adds a loaded figure; `detail` names its form or breakdown ("" for none), `dimension` the
    /// dimension it is a category of (a form's, `SubgroupTotals.formDimension`, or its breakdown's),
    /// or whose total it is when `isDimensionTotal`.
    mutating func add(
        _ figure: Figure, detail: String, line: Int, column: Int, label: String, dimension: String? = nil, isDimensionTotal: Bool = false
    ) {
        let group = [figure.measure, figure.place, figure.periodStart, figure.periodEnd, figure.unit].joined(separator: "|")
        groups[group, default: []].append(Entry(
            sex: figure.sex, age: figure.ageGroup, detail: detail, value: figure.value, high: figure.high,
            line: line, column: column, label: label, dimension: dimension, isDimensionTotal: isDimensionTotal))
    }

    /// One warning per subgroup larger than one of its totals, in line order.
    func warnings(file: String) -> [IngestIssue] {
        var found: [IngestIssue] = []
        for (group, entries) in groups {
            var byFields: [String: Entry] = [:]
            for entry in entries { byFields[Self.fields(entry.sex, entry.age, entry.detail)] = entry }
            // Each dimension's totals by sex and age: a category's last totals (`SubgroupTotals.firstDimensionTotal`).
            var dimensionTotals: [SubgroupTotals.DimensionFields: Entry] = [:]
            for entry in entries where entry.isDimensionTotal {
                if let dimension = entry.dimension { dimensionTotals[.init(dimension: dimension, sex: entry.sex, ageGroup: entry.age)] = entry }
            }
            let ages = SubgroupSums.ageSpans(entries.map(\.age))
            let parts = group.split(separator: "|", omittingEmptySubsequences: false)
            let what = "\(parts[0]) \(parts[1]) \(parts[2] == parts[3] ? String(parts[2]) : "\(parts[2])-\(parts[3])")"
            for entry in entries {
                guard let value = entry.value else { continue }
                let broader = SubgroupSums.broaderAgeGroups(of: entry.age, among: ages)
                let own = SubgroupTotals.Fields(sex: entry.sex, ageGroup: entry.age, form: entry.detail)
                var exceeded: Entry? = own.firstTotal(brokenDown: false, broaderAges: broader) { total in
                    guard let parent = byFields[Self.fields(total.sex, total.ageGroup, total.form)],
                          let limit = parent.value ?? parent.high, value > limit else { return nil }
                    return parent
                }
                // Then a category against its dimension's total, as `tipdb check` compares them.
                if exceeded == nil, !entry.isDimensionTotal, let dimension = entry.dimension, !dimensionTotals.isEmpty {
                    exceeded = SubgroupTotals.firstDimensionTotal(dimension, sex: entry.sex, ageGroup: entry.age) { fields in
                        guard let parent = dimensionTotals[fields], let limit = parent.value ?? parent.high, value > limit else { return nil }
                        return parent
                    }
                }
                if let parent = exceeded, let limit = parent.value ?? parent.high {
                    let parentText = parent.value.map(FigureBuilder.format) ?? "<\(FigureBuilder.format(limit + 1))"
                    found.append(IngestIssue(
                        file: file, line: entry.line, column: entry.column,
                        message: "\(what), \(entry.label): \(FigureBuilder.format(value)) is larger than \(parent.label == "total" ? "the total" : "the total for \(parent.label)") (\(parentText), line \(parent.line)); loaded as published"))
                }
            }
        }
        return found.sorted { ($0.line, $0.message) < ($1.line, $1.message) }
    }

    private static func fields(_ sex: String, _ age: String, _ detail: String) -> String {
        "\(sex)|\(age)|\(detail)"
    }
}
