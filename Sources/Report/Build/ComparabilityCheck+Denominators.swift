import Storage

/// Rates of one measure and unit for different groups of people: 8.6 per 1,000 people aged 15+
/// beside 3.5 per 1,000 people of all ages.
///
/// Why: a rate is per 1,000 (or 100,000) of the group it covers, its denominator, which its sex
/// and age group say. A survey's rate for adults 15+ and a regional rate for everyone were listed
/// side by side, both "per 1,000 population", and the section said that nothing mixed "the units
/// of one measure" (review of session 54): the first question a ministry asks of "8.6 against
/// 3.5" is per 1,000 of whom. Forms and breakdowns are left out: a form's rate is of the same
/// people as its measure's, and a breakdown's denominator is not known from the data.
extension ComparabilityCheck {
    static func denominatorWarnings(_ ordered: [FigureRecord], catalog: Catalog) -> [ComparabilityWarning] {
        var order: [String] = []
        var groups: [String: (figures: [FigureRecord], populations: [String])] = [:]
        for figure in ordered where catalog.units[figure.unit]?.dimension == "rate" {
            let id = figure.measure + "\u{1F}" + figure.unit
            if groups[id] == nil { order.append(id) }
            let population = Words.subgroup(sex: figure.sex, ageGroup: figure.ageGroup, form: nil)
            groups[id, default: ([], [])].figures.append(figure)
            if groups[id]?.populations.contains(population) == false { groups[id]?.populations.append(population) }
        }
        return order.compactMap { id -> ComparabilityWarning? in
            guard let group = groups[id], group.populations.count > 1, let first = group.figures.first else { return nil }
            let rate = (catalog.units[first.unit]?.label ?? first.unit).replacingOccurrences(of: " population", with: "")
            let populations = group.populations.sorted { ($0 == "all" ? 0 : 1, $0) < ($1 == "all" ? 0 : 1, $1) }
                .map { $0 == "all" ? "everyone" : $0 }
            let text = "\(catalog.measureLabel(first.measure)) is given \(rate) of \(populations.count) different groups of people "
                + "(\(populations.joined(separator: "; "))): a rate is \(rate) of the group it covers, not of the whole population, "
                + "so rates of different groups do not compare as equals; compare rates only within one group."
            return ComparabilityWarning(kind: "denominators", text: text, figures: group.figures.map(\.key), citations: [])
        }
    }
}
