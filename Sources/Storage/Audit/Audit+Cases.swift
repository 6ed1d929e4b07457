extension Audit {
    /// The statement the finding gives for rows whose dataset is gone for good.
    static let deleteCasesWithoutDataset = "DELETE FROM cases WHERE dataset_id NOT IN (SELECT id FROM datasets)"

    /// Case rows whose `dataset_id` names no `datasets` row.
    ///
    /// `cases.dataset_id` has no foreign key, for load speed (see m0006), so neither SQLite nor
    /// `foreign_key_check` refuses a row written by hand with the `sqlite3` shell, or left behind
    /// when a `datasets` row was deleted. Such rows belong to no dataset version a brief can cite
    /// and `tipdb derive ctdc` never counts them, yet they are personal data still held (and
    /// counted by `tipdb status`). One pass over `cases`, each row's dataset looked up in the
    /// small `datasets` table.
    func casesWithoutDataset() throws -> [Finding] {
        let groups = try db.rows("""
            SELECT dataset_id, count(*) AS n FROM cases
            WHERE dataset_id NOT IN (SELECT id FROM datasets)
            GROUP BY dataset_id ORDER BY dataset_id
            """)
        guard !groups.isEmpty else { return [] }
        let total = groups.reduce(0) { $0 + ($1.int("n") ?? 0) }
        let rows = groups.map { group in
            let count = group.int("n") ?? 0
            return "dataset_id \(group.int("dataset_id").map(String.init) ?? "?"): \(count) case row\(count == 1 ? "" : "s")"
        }
        return [Finding(
            severity: .error, check: "case-without-dataset",
            message: "\(total) \(total == 1 ? "case row names" : "case rows name") a dataset that is not in datasets (cases.dataset_id has no foreign key, so SQLite did not refuse them): no dataset version cites them and tipdb derive ctdc never counts them, but they are personal data still held; if their datasets row was deleted by mistake, restore the database from a backup, else delete them with the sqlite3 shell: \(Self.deleteCasesWithoutDataset)",
            rows: rows, rowKeys: groups.map { FindingKeys(kind: "cases", keys: [$0.int("dataset_id").map(String.init) ?? "?"]) })]
    }
}
