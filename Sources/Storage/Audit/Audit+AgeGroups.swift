extension Audit {
    /// Figures whose age group is not one ingest stores now (`AgeGroup.isStored`): free text that
    /// older versions stored as written (`under 18 years old`, `teenagers`), or a second spelling
    /// of a band (`0-17` beside `children`), which splits one subgroup in two.
    func ageGroups() throws -> [Finding] {
        var rows: [String] = []
        for group in try db.rows("SELECT DISTINCT age_group FROM figures ORDER BY age_group") {
            guard let stored = group.string("age_group"), !AgeGroup.isStored(stored) else { continue }
            let hint = (try? AgeGroup.read(stored)).map { "; write \($0)" } ?? ""
            rows += try db.rows("SELECT key FROM figures WHERE age_group = ? ORDER BY key", [stored])
                .map { "\($0.string("key") ?? ""): \"\(stored)\"\(hint)" }
        }
        guard !rows.isEmpty else { return [] }
        return [Finding(
            severity: .warning, check: "age-group-not-accepted",
            message: "figures whose age group is not one ingest accepts now (expected \(AgeGroup.accepted)); re-ingest them with one of these",
            rows: rows)]
    }
}
