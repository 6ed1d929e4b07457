extension Audit {
    /// Figures whose age group is not one ingest stores now (`AgeGroup.isStored`): free text that
    /// older versions stored as written (`under 18 years old`, `teenagers`), or a second spelling
    /// of a band (`0-17` beside `children`), which splits one subgroup in two.
    func ageGroups(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        for group in try db.rows("SELECT DISTINCT age_group FROM figures ORDER BY age_group") {
            guard let stored = group.string("age_group"), !AgeGroup.isStored(stored) else { continue }
            let hint = (try? AgeGroup.read(stored)).map { "; write \($0)" } ?? ""
            try forEachRow("SELECT key FROM figures WHERE age_group = ? ORDER BY key", [stored]) { figure in
                let key = figure.string(at: 0) ?? ""
                row("\(key): \"\(stored)\"\(hint)", [key])
            }
        }
    }

    static var ageGroupMessage: String {
        "figures whose age group is not one ingest accepts now (expected \(AgeGroup.accepted)); re-ingest them with one of these"
    }
}
