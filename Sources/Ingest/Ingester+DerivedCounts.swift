import Storage

/// The disclosure check of the command's rows that give counts derived from case data.
extension Ingester {
    /// Lists the problems `DerivedCountCheck` finds with every row written, and rejects the
    /// command if there are any: each refused row counts as rejected in its file's summary.
    ///
    /// Why after the lineage check and before the batches are finished: the audit reads the
    /// figures as the command leaves them, and a rejected command writes nothing at all.
    ///
    /// The refused figures join `withdrawnFigures`: written until the rollback, they would
    /// otherwise be named in the warnings about the figures loaded, a `series-jump` from 100 to
    /// the refused 4 beside the error refusing it (newcomer review, session 50).
    func refuseDisclosingCounts() throws {
        let refusals = try derivedCounts.refusals(in: db)
        guard !refusals.isEmpty else { return }
        let issues = refusals.map(\.issue)
        report.errors += issues
        report.disclosureRefused = true
        withdrawnFigures.formUnion(refusals.map(\.key))
        for issue in issues {
            if let index = report.files.firstIndex(where: { $0.file == issue.file }) { report.files[index].rejected += 1 }
        }
    }
}
