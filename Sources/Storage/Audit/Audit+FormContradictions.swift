extension Audit {
    /// The message of the `form-contradicts-measure` error.
    static let formContradictsMeasureMessage = "figures restricted to a form of exploitation that is not part of their "
        + "measure's concept (measures.concept): forced marriage is no form of forced labour, nor forced labour a form "
        + "of forced marriage, and organ removal, illegal adoption and baby selling are purposes of trafficking, not "
        + "work; a brief would add such a figure to the wrong whole. Store it under a measure of the form's concept "
        + "(forced-marriage for forced marriage, a trafficking measure for a purpose of trafficking), or correct its form"

    /// Figures whose form their measure's concept cannot have (`Measure.isContradicted(byForm:)`,
    /// which ingest applies at the form cell).
    func formsContradictingMeasures(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try formsContradictingMeasures(keyed: { key, detail in row("\(key) (\(detail))", [key]) })
    }

    /// The figures of `formsContradictingMeasures` as their keys and what check prints after each
    /// in parentheses (`form forced-marriage under forced-labour, of concept forced-labour`), for
    /// a brief that passes over them (`FigureContextErrors`).
    func formsContradictingMeasures(keyed found: (_ key: String, _ detail: String) -> Void) throws {
        let concepts = Measure.formsOutsideConcept.keys.sorted()
        let forms = Set(Measure.formsOutsideConcept.values.flatMap { $0 }).sorted()
        // Only the concepts and forms the rule names, bound: the figures of other measures are not read.
        let conceptSlots = concepts.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        let formSlots = forms.indices.map { "?\($0 + 1 + concepts.count)" }.joined(separator: ", ")
        // Only numbered parameter slots are pasted into the text; the values are bound.
        let sql = "SELECT f.key, f.form, f.measure, m.concept FROM figures f JOIN measures m ON m.code = f.measure "
            + "WHERE m.concept IN (" + conceptSlots + ") AND f.form IN (" + formSlots + ") ORDER BY f.key"
        try forEachRow(sql, (concepts + forms).map { $0 as any DatabaseValueConvertible }) { figure in
            let form = figure.string(at: 1) ?? "", concept = figure.string(at: 3) ?? ""
            guard Measure.formsOutsideConcept[concept]?.contains(form) ?? false else { return }
            found(figure.string(at: 0) ?? "", "form \(form) under \(figure.string(at: 2) ?? ""), of concept \(concept)")
        }
    }
}
