import Storage

/// The disclosure check of the command's rows that give counts derived from case data.
extension Ingester {
    /// Lists the problems `DerivedCountCheck` finds with every row written, and rejects the
    /// command if there are any: each refused row counts as rejected in its file's summary.
    ///
    /// Why after the lineage check and before the batches are finished: the audit reads the
    /// figures as the command leaves them, and a rejected command writes nothing at all.
    func refuseDisclosingCounts() throws {
        let issues = try derivedCounts.problems(in: db)
        guard !issues.isEmpty else { return }
        report.errors += issues
        report.disclosureRefused = true
        for issue in issues {
            if let index = report.files.firstIndex(where: { $0.file == issue.file }) { report.files[index].rejected += 1 }
        }
    }
}
