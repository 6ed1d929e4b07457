extension SchemaRepair {
    /// What `tipdb migrate --repair` does about one of tipdb's tables or views that is missing,
    /// as its `Plan` decides it: the hint `tipdb sql` gives when a query names the object.
    public enum Remedy: Sendable, Equatable {
        /// An index, trigger or view, made again from tipdb's definitions.
        case recreate
        /// A table holding only what tipdb makes from other tables (a search index or one of its
        /// shadow tables, `source_labels`): made again and filled from them.
        case refill
        /// A table of data that the rest of the database shows was empty: made again, empty.
        case recreateEmpty
        /// A table of data that may have held rows: only a backup brings them back.
        case restore
    }

    /// What a repair does about `name` (`main.` in front or not, any case), one of tipdb's
    /// objects missing from `db`; nil when the plan does not name it (it is there, or not tipdb's).
    ///
    /// Why from `Plan`: `tipdb sql` told a user who dropped `source_labels` or `figures_fts` to
    /// restore a backup, losing every ingest since it was made, where `--repair` makes both
    /// again without losing a row (review of session 44); the plan is what `--repair` carries out.
    public static func remedy(forMissing name: String, in db: Database) throws -> Remedy? {
        let lowered = name.lowercased()
        let plain = lowered.hasPrefix("main.") ? String(lowered.dropFirst(5)) : lowered
        let reference = try Migrator.reference()
        defer { reference.close() }
        let plan = try Plan(db, reference: reference)
        if plan.searchIndexes.contains(where: { $0.tables.contains { $0.lowercased() == plain } }) { return .refill }
        if plan.lostTables.contains(where: { $0.name.lowercased() == plain }) { return .restore }
        guard let step = plan.steps.first(where: { $0.object.name.lowercased() == plain }) else { return nil }
        switch step.action {
        case .createTable: return step.object.name == "source_labels" ? .refill : .recreateEmpty
        case .create, .replace: return .recreate
        case .unrepairable: return .restore
        }
    }
}
