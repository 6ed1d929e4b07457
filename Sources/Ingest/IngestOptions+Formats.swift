import Storage

extension IngestOptions {
    /// The options that only some formats read, whether each was given, and those formats.
    var formatOptions: [(name: String, given: Bool, formats: Set<InputFormat>)] {
        [
            ("--source", source != nil, [.glotip, .ctdc, .owid]),
            ("--dataset", dataset != nil, [.ctdc]),
            ("--allow-identifiers", allowIdentifiers, [.ctdc]),
            ("--measure", measure != nil, [.owid]),
            ("--metadata", metadata != nil, [.owid]),
            ("--released", released != nil, [.glotip, .ctdc]),
        ]
    }

    /// Refuses options that cannot do what they say for `plans`, before anything is read.
    ///
    /// An option that none of the files' formats reads (`--dataset` with a figures file) would
    /// otherwise be dropped without a word; a `--measure` that names no measure, or a `--source`
    /// that is neither in the database nor possibly in a sources file of the same command,
    /// names nothing, as an unknown report filter does. Given to a bulk dataset file that reads
    /// it, an option gets a note on the other bulk dataset files (`DatasetLoader`); files of
    /// records are told nothing, since none of these options is theirs.
    ///
    /// - Throws: `IngestUsageError` saying what the option is for and what was given.
    func checkUsage(for plans: [FilePlan], db: Database) throws {
        let formats = Set(plans.map(\.format))
        for (name, given, readers) in formatOptions where given && formats.isDisjoint(with: readers) {
            let files = plans.map { "\($0.path) is \($0.format.isDataset ? $0.format.rawValue : "\($0.kindName) (\($0.format.rawValue))")" }
            throw IngestUsageError(message: "\(name) applies to \(readers.map(\.rawValue).sorted().joined(separator: ", ")) files only, and no file given is one (\(files.joined(separator: "; "))); leave it out, or pass --format when a file is one of them")
        }
        // Both act on figures (--correction on a measure's definition too): given with sources or
        // studies alone, each was recorded in the batch's options as if it had done something.
        for (name, given, kinds) in [("--correction", correction, [RecordKind.figures, .measures]), ("--restore-retracted", restoreRetracted, [.figures])]
        where given && !plans.contains(where: { kinds.contains($0.kind) }) {
            let files = plans.map { "\($0.path) holds \($0.kindName)" }
            let what = kinds.count == 1 ? "figures only, and no file given holds figures" : "figures and measures files only, and no file given holds either"
            throw IngestUsageError(message: "\(name) applies to \(what) (\(files.joined(separator: "; "))); leave it out, or add the figures file")
        }
        if correction, let bulk = plans.first(where: { $0.format.isDataset }) {
            throw IngestUsageError(message: "--correction marks the command's changes as fixes of figures typed into tipdb, but \(bulk.path) is a \(bulk.format.rawValue) export, whose changes are its publisher's releases (briefs say \"revised from\"); load it in a command without --correction")
        }
        if let dataset, !KeyRules.isValid(dataset) {
            throw IngestUsageError(message: "--dataset: \(KeyRules.message(dataset))")
        }
        if let measure {
            do {
                _ = try Vocabulary(db: db).measure(measure)
            } catch let failure as Vocabulary.Failure {
                throw IngestUsageError(message: "--measure: \(failure.message)")
            }
        }
        if let source, !plans.contains(where: { $0.kind == .sources }), try db.source(key: source) == nil {
            let keys = try db.rows("SELECT key FROM sources ORDER BY key").compactMap { $0.string("key") }
            throw IngestUsageError(message: Suggestions.message(
                "--source: unknown source \"\(source)\"", for: source, among: keys,
                expected: "expected the key of a source in the database or in a sources file of the same command"))
        }
    }
}
