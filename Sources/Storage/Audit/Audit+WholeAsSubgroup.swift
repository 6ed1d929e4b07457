extension Audit {
    /// The name of the `whole-as-subgroup` warning.
    static let wholeAsSubgroupCheck = "whole-as-subgroup"

    /// The message of the `whole-as-subgroup` warning.
    static let wholeAsSubgroupMessage = "figures of child labour filed under age group children or 5-17, which is every "
        + "child the measure counts (children aged 5 to 17 by its definition): the figure is the measure's whole, but key "
        + "figures, latest_estimates and the data gaps take it as a subgroup, so a brief gives the measure no key figure; "
        + "load it again with age_group total (a narrower band such as 5-11 is a subgroup)"

    /// Figures of a measure that counts children by definition whose age group is all of those
    /// children (`Measure.takesAsWhole(ageGroup:)`), with the measure and age group each is filed under.
    ///
    /// Why a warning in check as well as at ingest: ingest warns only while it loads a row, so a
    /// database filled before the warning existed, by a bulk tool or by SQL, kept its figures of
    /// the world's 160 million children in child labour as a subgroup without a word
    /// (the child-rights review's components 4). Nothing is wrong with the number itself.
    func wholesAsSubgroups(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        // Every stored figure of a measure under the concept, but those for everyone, each judged
        // by `Measure.takesAsWhole`, as ingest judges a row: child labour's other figures are few.
        try forEachRow("""
            SELECT f.key, f.measure, f.age_group, m.concept FROM figures f JOIN measures m ON m.code = f.measure
            WHERE m.concept = ?1 AND f.age_group <> 'total'
            ORDER BY f.key
            """, [Measure.childrenOnlyConcept]) { figure in
            guard let ageGroup = figure.string(at: 2),
                  Measure.takesAsWhole(concept: figure.string(at: 3) ?? "", ageGroup: ageGroup) else { return }
            let key = figure.string(at: 0) ?? ""
            row("\(key) (\(figure.string(at: 1) ?? ""), age group \(ageGroup))", [key])
        }
    }
}
