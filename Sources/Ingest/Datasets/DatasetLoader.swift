import Storage

/// Loads the bulk formats (UNODC GLOTIP exports, CTDC case data, Our World in Data grapher
/// files) inside the ingest command's transaction, with the same batch, summary and
/// `--on-error` rules as the figure contract.
///
/// Each format has its own loader, because each breaks the one-row-one-record contract in its
/// own way: GLOTIP has a preamble and vintages, CTDC is case-level data about people and must
/// be fast and private, OWID spreads one figure per cell across indicator columns.
struct DatasetLoader {
    let db: Database
    let options: IngestOptions
    let vocabulary: Vocabulary
    let now: String
    /// Keys withdrawn by `tipdb retract`, which the loaders skip.
    let retracted: RetractedKeys

    func load(
        _ plan: FilePlan, batch: IngestBatch, summary: inout FileSummary,
        progress: ((Ingester.Progress) -> Void)?,
        claim: @escaping (_ key: String, _ line: Int, _ column: Int) -> (file: String, line: Int, refused: Bool)?
    ) throws -> DatasetOutcome {
        noteIgnoredOptions(for: plan.format, summary: &summary)
        let context = DatasetContext(
            db: db, options: options, vocabulary: vocabulary, now: now, path: plan.path, batch: batch.id,
            sha256: batch.sha256, size: Int(batch.size), retracted: retracted, claim: claim)
        let outcome: DatasetOutcome
        switch plan.format {
        case .glotip: outcome = try GLOTIPLoader(context: context).load(summary: &summary, progress: progress)
        case .ctdc: outcome = try CTDCLoader(context: context).load(summary: &summary, progress: progress)
        case .owid: outcome = try OWIDLoader(context: context).load(summary: &summary, progress: progress)
        case .csv, .tsv, .json, .ndjson, .cslJSON:
            return .stop(IngestIssue(file: plan.path, line: 0, column: 0, message: "not a dataset format"))
        }
        return outcome
    }

    /// Options that only some formats read are named when given to another, rather than
    /// silently ignored (given to no file that reads them, they are a usage error:
    /// `IngestOptions.checkUsage`).
    private func noteIgnoredOptions(for format: InputFormat, summary: inout FileSummary) {
        for (option, given, formats) in options.formatOptions where given && !formats.contains(format) {
            let list = formats.map(\.rawValue).sorted().joined(separator: ", ")
            summary.notes.append("\(option) applies to \(list) files only; not used for this \(format.rawValue) file")
        }
    }
}
