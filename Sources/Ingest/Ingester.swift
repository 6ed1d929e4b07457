import Foundation
import Storage

/// Loads sources, studies and figures from files into a database: validated, atomic, idempotent,
/// with provenance.
///
/// Every command runs in one IMMEDIATE transaction. Files are loaded in dependency order
/// (sources, studies, figures) so a figure may cite a source defined in another file of the same
/// command. With `--on-error abort` any invalid row rolls the whole transaction back; a dry run
/// does all the work and then rolls back, so it reports exactly what a real run would do.
public final class Ingester {
    /// Progress of the file being read, for a progress bar.
    public struct Progress: Sendable {
        /// What the ingest is doing with the file.
        public enum Stage: Sendable {
            /// Reading, checking and writing rows.
            case rows
            /// Every row is in; the figure indexes dropped for the load are being built again.
            case rebuildingIndexes
        }

        public var file: String
        public var rows: Int
        public var bytesRead: Int
        public var totalBytes: Int
        public var stage: Stage = .rows
    }

    private let db: Database
    private let options: IngestOptions
    private var report: IngestReport
    private var vocabulary: Vocabulary?
    /// Keys `tipdb retract` withdrew, which this command skips (none with `--restore-retracted`).
    private var retracted = RetractedKeys.none
    /// Keys `tipdb retract` withdrew, read with `--restore-retracted` too. Why: a `cites` naming one
    /// this command does not load again was told "unknown figure", as if the key were mistyped.
    private var retractions = RetractedKeys.none
    private var knownSources = Set<String>()
    private var knownStudies = Set<String>()
    private var studySources = StudySourceCheck()
    /// Every source or study key, for suggestions; read when first needed in a file.
    private var referenceKeys: [String: [String]] = [:]
    private var lineage = LineageCheck()
    /// New figures refused for their `cites` (`finishLineage`): `skip` takes them back out, and
    /// under `abort`, where they stay written until the rollback, the warnings leave them out too.
    private var withdrawnFigures = Set<String>()
    /// Files named on the command line that could not be used (missing, of no kind tipdb can
    /// tell, an unusable header, not readable to their end). They may hold the sources, studies
    /// or figures the other files name, so a name not found is counted in `unlistedReferences`
    /// instead of listed once per row (a mistyped sources file name would otherwise bring one
    /// error for every figure).
    private var unusableFiles: [(path: String, kind: RecordKind?)] = []
    private var unlistedReferences = 0
    /// The `cites` of figures refused for other problems, where they were written, checked with
    /// the written ones at the end; `reject` is the row's `ingest_rejects` id under skip.
    private var refusedCites: [(key: String, file: String, line: Int, column: Int, reject: Int64?)] = []
    /// Keys of the rows this command refused, by kind, with their `file:line`.
    private var refusedKeys: [RecordKind: [String: String]] = [:]
    /// References listed as unknown, by batch, field and key, named again once every file is
    /// read (`settleUnknownReferences`).
    private var unknownReferences: [String: UnknownReference] = [:]
    /// Every key read in this command, to catch one given twice; created with its first file of records.
    private var keys: KeyMemory?
    /// Keys whose holder is not the first row `keys` saw read them, and holders that were refused.
    private var claims = KeyClaims()
    /// The numbers (as `KeyMemory` has them) of the GLOTIP exports read so far: their keys are
    /// one series', which a later export of the command revises rather than repeats.
    private var glotipFiles = Set<Int>()
    /// Valid figures waiting to be written as one chunk (see `Database.upsert(_:batch:at:)`).
    private var pending: [PendingFigure] = []
    /// For each Our World in Data file of the command, its metadata file when that was given too
    /// (`FilePlan.owidMetadata`): left out of the command, and named in the file's notes.
    private var owidMetadataGiven: [String: String] = [:]
    /// The files of records read so far, in loading order: `KeyMemory` numbers them.
    private var filesRead: [String] = []
    /// Each loaded file's batch, the index of its summary in the report and when its rows were
    /// all read: the batch rows are completed from the summaries once the lineage check has
    /// settled every count.
    private var loaded: [(batch: IngestBatch, file: Int, finishedAt: String)] = []
    /// For each loaded file's batch, the rejects `open_rejects` listed for the file before it
    /// was loaded again: the note says how many it no longer refuses (`OpenRejects`).
    private var earlierRejects: [Int64: OpenRejects] = [:]
    /// The file being loaded could not be read to its end. Such a file rejects the command, as
    /// the report says.
    private var fatal = false {
        didSet { if fatal { report.stoppedAtFile = true } }
    }
    private let now = Timestamp.now()

    public init(db: Database, options: IngestOptions) {
        self.db = db
        self.options = options
        self.report = IngestReport(dryRun: options.dryRun, onError: options.onError)
    }

    /// A sentinel thrown to roll the transaction back after a dry run or a rejected command.
    private struct RollBack: Error {}

    /// Ingests `paths` and reports what happened. Input problems are in the report; only
    /// database failures and options that cannot apply (`IngestUsageError`) are thrown (and leave
    /// the database unchanged). Call it once per
    /// `Ingester`: the report, and the keys read, belong to one command.
    public func run(_ paths: [String], progress: ((Progress) -> Void)? = nil) throws -> IngestReport {
        // `x_` values rewritten by another tool (`1.5` for `1.50`, members reordered) are no update.
        let sameExtra = db.sameExtra
        db.sameExtra = ExtraValues.same
        defer { db.sameExtra = sameExtra }
        keys = nil
        var plans: [FilePlan] = []
        // Every file named has its summary line: those that could not be used come after the others.
        var unusableSummaries: [FileSummary] = []
        // Each file is planned once, whether first asked for by the metadata search or the loop below.
        var planned: [String: Result<FilePlan, FilePlan.Unusable>] = [:]
        func plan(_ path: String) -> Result<FilePlan, FilePlan.Unusable> {
            if let known = planned[path] { return known }
            let made = Result { () throws(FilePlan.Unusable) in try FilePlan.make(path: path, options: options) }
            planned[path] = made
            return made
        }
        let metadataFiles = FilePlan.owidMetadata(among: paths, options: options) { try? plan($0).get() }
        owidMetadataGiven = Dictionary(metadataFiles.map { ($1, $0) }) { first, _ in first }
        for path in paths where metadataFiles[path] == nil {
            do throws(FilePlan.Unusable) {
                plans.append(try plan(path).get())
            } catch {
                report.errors.append(error.issue)
                unusableSummaries.append(error.summary(path: path, options: options))
                unusableFiles.append((path, options.kind))
            }
        }
        // The same file twice would list every one of its keys as a duplicate: say it once. The
        // same file is the same file however it is named (`./f.csv`, a link to it).
        var named: [FileIdentity: String] = [:]
        plans = plans.filter { plan in
            let identity = FileIdentity(path: plan.path)
            guard let first = named[identity] else {
                named[identity] = plan.path
                return true
            }
            let standard = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.path }
            let message = standard(first) == standard(plan.path)
                ? "given twice in one command; expected each file once"
                : "the same file as \(first) (another name or a link for it); expected each file once"
            report.errors.append(IngestIssue(file: plan.path, line: 0, column: 0, message: message))
            var summary = FileSummary(file: plan.path, format: plan.format.rawValue, kind: plan.kind.rawValue)
            summary.unusable = "given twice"
            unusableSummaries.append(summary)
            return false
        }
        // A file that cannot be used (missing, of no kind tipdb can tell, given twice) rejects the
        // command, but the others are still checked, so that one run lists everything to fix.
        if !report.errors.isEmpty { report.stoppedAtFile = true }
        // Options are judged by the files' formats, which only usable files have.
        if unusableFiles.isEmpty { try options.checkUsage(for: plans, db: db) }
        // A stable sort: files of one kind keep the order they were given in.
        plans = plans.enumerated().sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }.map(\.element)
        plans = FilePlan.inReleaseOrder(plans, options: options)

        do {
            // A signal stops the command with nothing written, up to its commit (`IngestInterrupted`).
            try db.stoppingOnSignal {
                try db.transaction(.immediate) {
                    vocabulary = try Vocabulary(db: db)
                    // Sources another program wrote have no label for SQL to find them by: one anti-join tells.
                    try db.labelUnlabelledSources()
                    retractions = try RetractedKeys.read(from: db)
                    if !options.restoreRetracted { retracted = retractions }
                    try db.deferringFigureSearchIndex {
                        try db.deferringFigureIndexes {
                            for plan in plans {
                                fatal = false
                                try load(plan, progress: progress)
                                // A file that cannot be read to its end rejects the command, but the files
                                // after it are still checked; the names they give that it may have defined
                                // are counted, not listed row by row (see `unusableFiles`).
                                if fatal { unusableFiles.append((plan.path, plan.kind)) }
                            }
                            try settleUnknownReferences()
                            try finishLineage()
                            try warnAboutLoadedFigures()
                            try noteAbsentFigures()
                            try noteSettledRejects()
                            for (batch, file, finishedAt) in loaded {
                                try db.finishBatch(batch.counting(report.files[file]), at: finishedAt)
                            }
                            // Thrown inside the deferral: a command that is rolled back skips the rebuild.
                            if report.commandRejected || options.dryRun { throw RollBack() }
                            if let progress, db.figureIndexesAreDeferred, let last = report.files.last {
                                // The rebuild takes seconds after the last row: say so rather than sit at 100 %.
                                progress(Progress(file: last.file, rows: last.read, bytesRead: 1, totalBytes: 1, stage: .rebuildingIndexes))
                            }
                        }
                    }
                }
            }
            report.committed = true
        } catch is RollBack {
            report.committed = false
        } catch let stop as WriteInterrupted {
            throw IngestInterrupted(signal: stop.signal, rowsRead: report.files.reduce(0) { $0 + $1.read })
        }
        report.files += unusableSummaries
        if !report.committed {
            for index in report.files.indices {
                if report.commandRejected { report.files[index].forgetWrites() } else { report.files[index].batch = nil }
            }
        }
        if unlistedReferences > 0, let first = unusableFiles.first {
            let paths = unusableFiles.map(\.path)
            let files = paths.count == 1 ? "this file" : "the files that could not be used (\(paths.joined(separator: ", ")))"
            report.errors.append(IngestIssue(
                file: first.path, line: 0, column: 0,
                message: "\(unlistedReferences) reference\(unlistedReferences == 1 ? "" : "s") in the other files to a source, study or figure not loaded; not listed one by one, since \(files) may define them: fix \(paths.count == 1 ? "it" : "them") first"))
        }
        // In the order the files were given, then by line: files load sources first, and the
        // lineage check finds its problems after all the rows.
        let fileOrder = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        report.errors = report.errors.enumerated().sorted { a, b in
            let left = (fileOrder[a.element.file] ?? Int.max, a.element.line, a.element.column, a.offset)
            let right = (fileOrder[b.element.file] ?? Int.max, b.element.line, b.element.column, b.offset)
            return left < right
        }.map(\.element)
        // A spilled run is one bulk file's rows after those it kept in memory, in line order:
        // it goes where its first problem sorts, after the problems of the same place.
        func place(_ issue: IngestIssue) -> (Int, Int, Int) { (fileOrder[issue.file] ?? Int.max, issue.line, issue.column) }
        for spill in report.spilled {
            guard let first = spill.first.map(place) else { continue }
            spill.position = report.errors.firstIndex { place($0) > first } ?? report.errors.endIndex
        }
        return report
    }

    /// Check's part-above-whole and publication rules on each file's figures (`LoadedFigureCheck`),
    /// after the lineage check has settled which of them stay; a bulk load gets a note instead.
    /// Then the stored repeats a file's new dates or sources made repeats before their original
    /// (`RepeatTimingCheck.warnings`), also left to `tipdb check` in a bulk load, whose indexes on
    /// `figures.source` and `figures.cites` are dropped until it ends; and the stored figures and
    /// studies a sources file's new date put before their source's publication (`SourceDateCheck`).
    /// Each warning is placed at the cell it blames, in the row where the file gave the key (`RecordCells`).
    private func warnAboutLoadedFigures() throws {
        let bulk = db.figureIndexesAreDeferred
        // The figures whose cites this command wrote (refused or not): judged by `finishLineage`.
        let judged = Set(lineage.written.map(\.key))
        for (batch, file, _) in loaded {
            let id = batch.id
            let name = report.files[file].file
            let number = filesRead.firstIndex(of: name)
            if bulk {
                if let note = try LoadedFigureCheck.bulkNote(db: db, batch: id) { report.files[file].notes.append(note) }
                continue
            }
            var warnings = try LoadedFigureCheck.warnings(
                db: db, batch: id, kind: RecordKind(rawValue: batch.kind), file: name, withdrawn: withdrawnFigures,
                subgroupsWarned: InputFormat(rawValue: batch.format) == .glotip
            ) { key, kind in
                guard let read = keys?.firstRead(key, kind: kind), read.file == number else { return nil }
                return (read.line, read.column)
            }
            if let kind = RecordKind(rawValue: batch.kind) {
                warnings += try RepeatTimingCheck.warnings(
                    db: db, batch: id, kind: kind, file: name, judged: { judged.contains($0) }
                ) { [keys] key, kind in
                    guard let read = keys?.firstRead(key, kind: kind), read.file == number else { return nil }
                    return (read.line, read.column)
                }
            }
            if batch.kind == RecordKind.sources.rawValue {
                warnings += try SourceDateCheck.warnings(
                    db: db, batch: id, file: name, judgedStudy: { [keys] in keys?.contains($0, kind: .studies) ?? false }
                ) { [keys] key in
                    guard let read = keys?.firstRead(key, kind: .sources), read.file == number else { return nil }
                    return (read.line, read.column)
                }
            }
            // Each at its row's start until the rows named are read again for the cells they blame.
            report.files[file].warnings += RecordCells.place(warnings, path: name, format: InputFormat(rawValue: batch.format))
        }
    }

    /// Notes the figures that earlier loads of each figures file wrote and that it no longer
    /// holds (`AbsentFigures`); not for a rejected command, whose errors come first.
    private func noteAbsentFigures() throws {
        guard !report.commandRejected, let keys else { return }
        for (batch, file, _) in loaded where batch.kind == RecordKind.figures.rawValue {
            guard let format = InputFormat(rawValue: batch.format), !format.isDataset else { continue }
            if let note = try AbsentFigures.note(db: db, batch: batch, keys: keys) { report.files[file].notes.append(note) }
        }
    }

    /// Notes how many rows the earlier load of each file refused that this one no longer refuses
    /// (`OpenRejects`); not for a rejected command, which writes nothing.
    private func noteSettledRejects() throws {
        guard !report.commandRejected else { return }
        for (batch, file, _) in loaded {
            if let note = try earlierRejects[batch.id]?.note(db: db, batch: batch.id) { report.files[file].notes.append(note) }
        }
    }

    // MARK: One file

    private func load(_ plan: FilePlan, progress: ((Progress) -> Void)?) throws {
        var summary = FileSummary(file: plan.path, format: plan.format.rawValue, kind: plan.kindName)
        referenceKeys.removeAll()  // the files before this one may have added keys
        summary.inferred = plan.inferred
        if plan.format == .owid, let metadata = owidMetadataGiven[plan.path] {
            summary.notes.append("\(metadata) was given too: it is this file's metadata, read with it, not a file of its own")
        }
        let size = plan.size
        // Files of records are hashed on another thread while their rows load, and so is a CTDC
        // file, by its loader. GLOTIP and OWID loaders need the digest before their first row.
        let checksum = plan.format.isDataset ? nil : BackgroundChecksum(path: plan.path)
        let sha256 = plan.format.isDataset && plan.format != .ctdc ? try Checksum.sha256(fileAtPath: plan.path) : ""
        // Which file this is, without its path (`ingest_batches.file_identity`); the rejects of its
        // last load are read before this load is recorded, which takes them out of open_rejects.
        let identity = FileIdentity.storedDigest(path: plan.path)
        let earlier = try OpenRejects.before(loading: identity, name: plan.path, db: db)
        var batch = IngestBatch(
            file: plan.path, sha256: sha256, size: size,
            format: plan.format.rawValue, kind: plan.kindName, startedAt: now, options: options.json,
            note: options.note, fileIdentity: identity)
        batch.id = try db.insertBatch(batch)
        earlierRejects[batch.id] = earlier
        summary.batch = batch.id
        defer { report.files.append(summary) }
        let file = report.files.count

        if plan.format.isDataset, let vocabulary {
            // The figures a bulk file writes share the command's keys with figures files: one
            // key given by both is refused on its second row, whichever file comes first.
            let keys = try keys ?? KeyMemory()
            self.keys = keys
            filesRead.append(plan.path)
            let fileNumber = filesRead.count - 1
            let loader = DatasetLoader(db: db, options: options, vocabulary: vocabulary, now: now, retracted: retracted)
            if plan.format == .glotip { glotipFiles.insert(fileNumber) }
            let outcome = try loader.load(plan, batch: batch, summary: &summary, progress: progress) { [unowned self] key, line, column in
                claimDatasetKey(key, line: line, column: column, file: fileNumber, keys: keys)
            }
            if let failure = keys.failure { throw failure }
            report.errors.append(contentsOf: outcome.errors)
            if let spill = outcome.spill { report.spilled.append(spill) }
            fatal = fatal || outcome.fatal
            if !outcome.fatal { loaded.append((batch, file, Timestamp.now())) }
            return
        }

        let source: RecordSource
        switch openSource(plan) {
        case .success(let opened): source = opened
        case .failure(let issue):
            report.errors.append(issue)
            fatal = true
            return
        }
        guard let vocabulary else { return }
        let keys = try keys ?? KeyMemory()
        self.keys = keys
        filesRead.append(plan.path)
        let fileNumber = filesRead.count - 1
        // A CSV or TSV file's figures all leave out the same fields; JSON records are looked at one by one.
        let fileUnstated = source.header.map(RowReader.unstatedFigureFields(header:))
        let pipeline = RecordPipeline(source: source, file: plan.path) { [plan] record in
            var prepared = PreparedRecord.make(record, plan: plan, vocabulary: vocabulary)
            if let key = prepared.claimedKey {
                prepared.firstSeen = keys.remember(key, kind: plan.kind, file: fileNumber, line: record.line, column: record.column)
            }
            return prepared
        }
        pipeline.start()
        // However this function ends, the reading thread has stopped when it returns.
        defer { pipeline.cancelAndWait() }
        while let chunk = pipeline.next() {
            for prepared in chunk.records {
                try db.stopIfSignalled()
                summary.read += 1
                switch try loadRecord(prepared, plan: plan, unstated: fileUnstated, batch: batch.id, summary: &summary) {
                case .written(let outcome):
                    summary.count(outcome)
                case .rejected(let place):
                    summary.rejected += 1
                    if plan.kind == .figures && prepared.lacksKey { summary.keylessRejected += 1 }
                    if let key = prepared.claimedKey {
                        claims.refuse(key, kind: plan.kind, row: .init(file: fileNumber, line: prepared.row.record.line))
                    }
                    // Remembered so that a reference to it points to its error instead of "unknown";
                    // not a key the row gave up (a stored figure's: see `KeyClaims`).
                    if let place, let key = prepared.key?.0 ?? prepared.row.text("key"), refusedKeys[plan.kind]?[key] == nil,
                       !claims.isReleased(key, kind: plan.kind) {
                        refusedKeys[plan.kind, default: [:]][key] = place
                    }
                case .retracted:
                    summary.retracted += 1
                case .queued:
                    if pending.count == Database.figureChunk { try flushFigures(batch: batch.id, summary: &summary) }
                }
            }
            if let progress, summary.read % 4096 < chunk.records.count {
                progress(Progress(file: plan.path, rows: summary.read, bytesRead: chunk.bytesRead, totalBytes: Int(size)))
            }
            pipeline.recycle(consume chunk)
        }
        if let failure = keys.failure { throw failure }
        if case .failed(let issue) = pipeline.outcome {
            report.errors.append(issue)
            summary.stoppedReading = ReadingStop(issue)
            fatal = true
            pending.removeAll()  // the command is rejected: nothing more is written
            return
        }
        try flushFigures(batch: batch.id, summary: &summary)
        if let progress {
            progress(Progress(file: plan.path, rows: summary.read, bytesRead: Int(size), totalBytes: Int(size)))
        }
        if let checksum { try db.recordChecksum(try checksum.value(), batch: batch.id) }
        loaded.append((batch, file, Timestamp.now()))
    }

    /// Opens the reader and checks the header; a failure here stops the whole command.
    private func openSource(_ plan: FilePlan) -> Result<RecordSource, IngestIssue> {
        do {
            let source = try makeSource(plan)
            try checkHeader(source.header, issues: source.headerIssues, plan: plan)
            return .success(source)
        } catch {
            return .failure(IngestIssue(error, file: plan.path))
        }
    }

    private func makeSource(_ plan: FilePlan) throws -> RecordSource {
        switch plan.format {
        case .csv: try CSVRecordSource(path: plan.path, displayName: plan.path, dialect: .csv)
        case .tsv: try CSVRecordSource(path: plan.path, displayName: plan.path, dialect: .tsv)
        case .json, .ndjson, .cslJSON: try JSONRecordSource(path: plan.path, displayName: plan.path, format: plan.format)
        case .glotip, .ctdc, .owid:
            throw IngestIssue(file: plan.path, line: 0, column: 0, message: "\(plan.format.rawValue) files are read by the dataset loader")
        }
    }

    /// Every unknown column is an error, and so is a missing required one; all are listed, with
    /// the reader's own `issues` (names given twice).
    private func checkHeader(_ header: [InputField]?, issues: [IngestIssue], plan: FilePlan) throws {
        guard let header else { return }
        let contract = FieldContract.of(plan.kind)
        // One name holding the others (`measure;value;place`): one error naming the separator,
        // not one for each column the file does have.
        let named = header.filter { !$0.name.isEmpty }
        if plan.format == .csv || plan.format == .tsv, named.count == 1, let only = named.first,
           !contract.accepts(only.name), let problem = HeaderSeparator.problem(inOnlyColumn: only.name, format: plan.format) {
            report.errors.append(contentsOf: issues)
            throw IngestIssue(file: plan.path, line: only.line, column: only.column, message: problem)
        }
        // Zotero's own CSV export: one error saying how to export CSL JSON, not one per column.
        if plan.format == .csv || plan.format == .tsv, ZoteroCSVHeader.matches(Set(header.map { $0.name.lowercased() })),
           let first = header.first {
            report.errors.append(contentsOf: issues)
            throw IngestIssue(file: plan.path, line: first.line, column: first.column, message: ZoteroCSVHeader.problem)
        }
        // A title row over the table: one error saying where the header is, not one per cell of the title.
        if plan.format == .csv || plan.format == .tsv, !named.contains(where: { contract.accepts($0.name) }),
           let problem = FilePlan.laterHeaderProblem(path: plan.path, format: plan.format) {
            report.errors.append(contentsOf: issues)
            throw IngestIssue(file: plan.path, line: 1, column: 1, message: problem)
        }
        var problems = issues
        for field in header where !field.name.isEmpty && !contract.accepts(field.name) {
            problems.append(IngestIssue(file: plan.path, line: field.line, column: field.column,
                                        message: contract.unknownColumnMessage(field.name)))
        }
        let names = Set(header.map { $0.name.lowercased() })
        if contract.accepts("period_start") && names.contains("period_start") && !names.contains("period_end"),
           let start = header.first(where: { $0.name.lowercased() == "period_start" }) {
            problems.append(IngestIssue(file: plan.path, line: start.line, column: start.column, message: "period_start " + FigureBuilder.startWithoutEnd))
        }
        for required in contract.required where contract.lacks(required, in: names) {
            if required == "period" && names.contains("period_start") { continue }
            problems.append(IngestIssue(file: plan.path, line: 1, column: 1,
                                        message: "missing column \"\(required)\"; a \(plan.kind.rawValue) file needs \(contract.requiredWords)"))
        }
        if let last = problems.popLast() {
            report.errors.append(contentsOf: problems)
            throw last
        }
    }

    // MARK: One record

    /// What became of one record.
    private enum RecordResult {
        case written(WriteOutcome)
        /// Refused, with `file:line` of its first listed error; nil for a row whose only problem was
        /// counted, not listed (see `unusableFiles`).
        case rejected(at: String?)
        /// Valid, and waiting in `pending` to be written with the rest of its chunk.
        case queued
        /// Valid, but its key was retracted: skipped, with a row note (`RetractedKeys`).
        case retracted
    }

    /// Checks what needs the database (references), adds a duplicate key the reading thread found,
    /// and writes the record; a figure is queued for its chunk instead.
    private func loadRecord(
        _ prepared: PreparedRecord, plan: FilePlan, unstated fileUnstated: UnstatedFields?, batch: Int64, summary: inout FileSummary
    ) throws -> RecordResult {
        var row = prepared.row
        let record = row.record
        if let problem = prepared.problem {
            return try reject(record, issues: [problem], batch: batch)
        }
        switch prepared.value {
        case nil:
            // A row refused for its values is still checked for its key and references, so that
            // one run lists everything wrong with the row instead of one problem per fix.
            if let issue = duplicate(prepared, kind: plan.kind) { row.fail(duplicate: issue, kind: plan.kind) }
            switch plan.kind {
            case .figures:
                try checkReferences(source: row.text("source"), study: row.text("study"), of: &row, batch: batch)
                try checkUnstatedUnit(key: row.text("key"), unit: nil, in: &row)
                return try rejectFigure(record, row: row, key: row.text("key"), derivedKey: prepared.derivedKey, file: plan.path, batch: batch)
            case .studies: try checkReferences(source: row.text("source"), study: nil, of: &row, batch: batch)
            case .sources: break
            }
            return try reject(record, issues: row.issues, batch: batch)
        case .source(let source):
            guard row.issues.isEmpty else { return try reject(record, issues: row.issues, batch: batch) }
            // A CSL-JSON file calls the key `id`, and so does its error.
            let keyName = plan.format == .cslJSON ? "id" : "key"
            if let issue = duplicate(prepared, kind: plan.kind, named: plan.format == .cslJSON ? "id" : nil) {
                row.fail("key", labelled: keyName, issue.message)
                return try reject(record, issues: row.issues, batch: batch)
            }
            let stored = try db.source(key: source.key)
            let merged = (stored.map { row.keepingUnstated(source, from: $0, isCSL: plan.format == .cslJSON) } ?? source)
                .keepingStoredText(of: stored)
            if merged.authors == nil && merged.publisher == nil {
                row.fail("authors", plan.format == .cslJSON ? SourceBuilder.cslNeedsPublisherOrAuthors : SourceBuilder.needsPublisherOrAuthors)
                return try reject(record, issues: row.issues, batch: batch)
            }
            if plan.format != .cslJSON { summary.warnings += AuthorListCheck.warnings(for: row) }
            summary.warnings += try SourceReplacementCheck.warnings(for: row, stored: stored, merged: merged, db: db)
            let outcome = try db.upsert(merged, batch: batch, at: now)
            knownSources.insert(source.key)
            return .written(outcome)
        case .study(let study):
            let unlisted = try checkReferences(source: study.source, study: nil, of: &row, batch: batch)
            if let issue = duplicate(prepared, kind: plan.kind) { row.fail("key", issue.message) }
            guard row.issues.isEmpty && !unlisted else { return try reject(record, issues: row.issues, batch: batch) }
            let merged = try db.study(key: study.key).map { row.keepingUnstated(study, from: $0) } ?? study
            let outcome = try db.upsert(merged, batch: batch, at: now)
            knownStudies.insert(study.key)
            studySources.forget()
            summary.warnings += prepared.readingWarnings
            if let warning = try StudyChecks.publicationWarning(study: study.key, row: row, db: db) { summary.warnings.append(warning) }
            return .written(outcome)
        case .figure(let figure):
            let unlisted = try checkReferences(source: figure.source, study: figure.study, of: &row, batch: batch)
            if let issue = duplicate(prepared, kind: plan.kind) { row.fail(duplicate: issue, kind: plan.kind) }
            try checkUnstatedUnit(key: figure.key, unit: figure.unit, in: &row)
            var unstated = fileUnstated ?? row.unstatedFigureFields
            try checkImpliedAgeGroup(of: figure, unstated: &unstated, in: &row)
            try releaseWorkedOutMethod(of: figure, unstated: &unstated)
            try checkStoredMethod(of: figure, unstated: unstated, in: &row)
            try checkKeptNumber(of: figure, unstated: unstated, in: &row)
            // Asked only of a row valid so far: the look-up is its last check.
            let derived = row.text("key") == nil
            if derived, row.issues.isEmpty, !unlisted, let clash = try derivedKeyClash(figure) {
                row.fail("key", clash)
                // The key is the stored figure's, not this row's: a later row may give it by hand.
                claims.release(figure.key, kind: .figures)
            }
            guard row.issues.isEmpty && !unlisted else {
                return try rejectFigure(record, row: row, key: figure.key, derivedKey: derived ? figure.key : nil, file: plan.path, batch: batch)
            }
            if let note = retracted.note(for: figure.key) {
                summary.rowNotes.append(IngestIssue(file: plan.path, line: record.line, column: record.column, message: note))
                return .retracted
            }
            if derived {
                summary.derivedKeys += 1
                if summary.derivedKeyExamples.count < 5 { summary.derivedKeyExamples.append("line \(record.line): \(figure.key)") }
            }
            if let warning = try studySources.warning(for: figure, row: row, db: db) { summary.warnings.append(warning) }
            if vocabulary != nil, let warning = try ShareSubgroupCheck.warning(for: figure, unstated: unstated, row: row, db: db) {
                summary.warnings.append(warning)
            }
            summary.warnings += prepared.readingWarnings
            let field = figure.cites == nil ? nil : row.field("cites")
            pending.append(PendingFigure(
                figure: figure, unstated: unstated, file: plan.path, line: field?.line ?? record.line,
                column: field?.column ?? record.column, raw: figure.cites == nil ? "" : record.raw, derivedKey: derived,
                cells: KeyReuseCheck.Cells(row)))
            return .queued
        }
    }

    /// Why a row without a key may not update the stored figure its derived key names, or nil.
    ///
    /// A derived key stands for the row's measure, place, period, subgroup and source. A figure
    /// stored under the same text with other fields got it as a key someone gave (or an update
    /// moved it since): updating it would silently turn that figure into this one, with its
    /// lineage and citations, so the row is refused and asked for a key.
    ///
    /// A study is not part of a derived key, yet two studies of one source named and different are
    /// two estimates (as `same-figure-twice` has it): a household survey's 120,000 and a
    /// multiple-systems estimate's 95,000 for the same place and year. A row naming another study
    /// than the stored figure's is refused too, or the second estimate would replace the first
    /// and a brief call it "revised from 120,000" (a user-review, session 42).
    private func derivedKeyClash(_ figure: Figure) throws -> String? {
        // Compared in SQL: a keyless file loaded again meets its stored figure on every row, and
        // reading each whole (its tags too) made that load a quarter slower.
        guard let stored = try db.rows(
            """
            SELECT source, measure, place, period_start, period_end, sex, age_group, form, study, same FROM (
                SELECT *, (source = ?2 AND measure = ?3 AND place = ?4 AND period_start = ?5 AND period_end = ?6
                    AND sex = ?7 AND age_group = ?8 AND form IS ?9) AS same
                FROM figures WHERE key = ?1)
            WHERE NOT (same AND (study IS NULL OR ?10 IS NULL OR study = ?10))
            """,
            [figure.key, figure.source, figure.measure, figure.place, figure.periodStart, figure.periodEnd,
             figure.sex, figure.ageGroup, figure.form, figure.study]).first else { return nil }
        if stored.int("same") == 1, let storedStudy = stored.string("study"), let study = figure.study {
            return "the row has no key, and the key derived from its fields, \"\(figure.key)\", is that of a stored figure of study \(storedStudy), "
                + "where this row names study \(study): two studies' estimates are two figures, and a key derived from measure, place, period, "
                + "subgroup, unit and source cannot tell them apart; expected a key column giving each figure its own key"
        }
        let period = Period(start: stored.string("period_start") ?? "", end: stored.string("period_end") ?? "").text
        let subgroup = [stored.string("sex"), stored.string("age_group"), stored.string("form")].compactMap { $0 }.filter { $0 != "total" }
        let described = [stored.string("source"), stored.string("measure"), stored.string("place")].compactMap { $0 } + [period] + subgroup
        return "the row has no key, and the key derived from its fields, \"\(figure.key)\", is that of a stored figure of another place, period, measure, subgroup or source (\(described.joined(separator: ", "))); expected a key column naming the figure to update, or a new key"
    }

    /// Refuses a row without a unit (no unit column, or an empty cell: a blank in a spreadsheet is
    /// not a decision to reset the unit) that would move a stored figure to another unit: to
    /// its measure's default (3.1 per 1,000 must not become 3.1 persons), or to the unit its value
    /// is written in when the stored one is made from it (`+25%` on a stored percent change is not
    /// a share of 25 percent; `US$64 billion` on a stored change in US dollars is not a level).
    /// The stored unit is not kept either, since the value was checked against the other one: the
    /// row must say which unit it means. A value written in another unit altogether (`3%` for a
    /// figure stored per 1,000) changes it, as a unit column would.
    ///
    /// `unit` is the unit the row would write, nil when its value could not be read (then it is
    /// worked out here, so that a refused row gets this error beside its own).
    private func checkUnstatedUnit(key: String?, unit: String?, in row: inout RowReader) throws {
        guard row.text("unit") == nil, let key,
              let stored = try db.scalar("SELECT unit FROM figures WHERE key = ?", [key])?.textValue else { return }
        let implied = (try? NumberParser.parse(row.text("value") ?? ""))?.impliedUnit
        guard let unit = unit ?? implied ?? (try? vocabulary?.measure(row.text("measure") ?? ""))?.defaultUnit,
              stored != unit, implied.map({ FigureBuilder.agrees($0, with: stored) }) ?? true else { return }
        let none = row.field("unit") == nil ? "has no unit column" : "leaves its unit empty"
        // Keeping the stored unit is only advice when it fits the row's measure (a figure moved to
        // another measure may need another unit).
        var advice = "\(stored) to keep it"
        if let vocabulary, let measure = try? vocabulary.measure(row.text("measure") ?? ""), (try? vocabulary.check(unit: stored, fits: measure)) == nil {
            advice = "\(stored) does not fit measure \(measure.code); \(measure.defaultUnit) is its usual unit"
        }
        row.fail("value", "the stored figure \"\(key)\" is in \(stored), and this row \(none), which would make it \(unit); expected a unit column (\(advice))")
    }

    /// Applies the age a sex word carries (`girls`, `men`) to a stored figure the row updates
    /// without an age_group column (or JSON member): as on an insert, a stored `total` takes it,
    /// a stored group that fits it stays, and one on the other side of 18 refuses the row.
    ///
    /// Why here: the row is checked against its own age_group when it is built, but the stored
    /// one, kept because the row does not give it, is known only now; keeping it silently stored
    /// "men" as male of every age and called "girls" on a stored adults row unchanged.
    private func checkImpliedAgeGroup(of figure: Figure, unstated: inout UnstatedFields, in row: inout RowReader) throws {
        guard unstated.contains(.ageGroup), let sexText = row.text("sex"),
              let implied = Terms.ageGroup(impliedBySex: sexText),
              let stored = try db.scalar("SELECT age_group FROM figures WHERE key = ?", [figure.key])?.textValue else { return }
        if stored == "total" {
            unstated.remove(.ageGroup)  // the figure carries the implied group
        } else if !Terms.ageGroup(stored, fits: implied) {
            row.fail("sex", "\"\(sexText)\" means \(implied), but the stored figure \"\(figure.key)\" has age group \(stored) and this row gives none; expected an age_group column (or member) saying which is right")
        }
    }

    /// Lets a row without a method column set the method tipdb works out from `cites` again, when
    /// the row changes whether the figure cites another and the stored method is the one its
    /// stored `cites` gave (`FigureBuilder.defaultMethod`): `reported` while it cited one, its
    /// measure's method while it cited none.
    ///
    /// Why: a file that dropped a wrong `cites` left the figure `reported`, and a brief then said
    /// its number "is reported without a source", where the same file loaded into a new database
    /// gives `estimated` (a user-review, session 42). A method the row does not give is kept only
    /// as the user's choice, and one tipdb worked out from a field the row changes is not that.
    private func releaseWorkedOutMethod(of figure: Figure, unstated: inout UnstatedFields) throws {
        guard unstated.contains(.method), !unstated.contains(.cites), let vocabulary,
              let stored = try db.rows("SELECT method, cites, measure FROM figures WHERE key = ?", [figure.key]).first,
              (stored.string("cites") == nil) != (figure.cites == nil),
              let measure = try? vocabulary.measure(stored.string("measure") ?? ""),
              stored.string("method") == FigureBuilder.defaultMethod(measure, cites: stored.string("cites")) else { return }
        unstated.remove(.method)
    }

    /// Refuses an update that gives no method (no method column, or no JSON member) and keeps a
    /// stored method its new measure contradicts (`Measure.isContradicted(byMethod:)`): a count
    /// stored as `detected` moved to a prevalence estimate. The row's own method is judged when the
    /// figure is built; the stored one, kept because the row does not give it, is known only now.
    private func checkStoredMethod(of figure: Figure, unstated: UnstatedFields, in row: inout RowReader) throws {
        guard unstated.contains(.method), let vocabulary, let measure = try? vocabulary.measure(figure.measure),
              let stored = try db.scalar("SELECT method FROM figures WHERE key = ?", [figure.key])?.textValue else { return }
        do {
            try vocabulary.check(method: stored, fits: measure)
        } catch {
            row.fail("measure", "the stored figure \"\(figure.key)\" keeps its method, since this row gives none: " + error.message)
        }
    }

    /// Refuses an update whose row gives no value (no value column, or no JSON member) and bounds
    /// that the stored value, which it keeps, lies outside; or a bound with the stored other one
    /// it keeps, past it. The same checks as a row's own numbers (`FigureBuilder`), on the number
    /// as it would be stored: the stored half is known only now.
    private func checkKeptNumber(of figure: Figure, unstated: UnstatedFields, in row: inout RowReader) throws {
        // Only a row that gives a number beside one it keeps can meet a stored one out of order:
        // most files give a value and no bounds, and skip the look-up.
        let givesBound = !unstated.contains(.low) && figure.low != nil || !unstated.contains(.high) && figure.high != nil
        guard unstated.contains(.value) && givesBound
                || unstated.contains(.low) && !unstated.contains(.high) && figure.high != nil
                || unstated.contains(.high) && !unstated.contains(.low) && figure.low != nil,
              let stored = try db.figure(key: figure.key) else { return }
        let kept = figure.keeping(unstated, from: stored)
        // Each pair in the order low ≤ value ≤ high, with what keeps it out of the row.
        let parts: [(column: String, words: String, field: UnstatedFields, number: Double?)] = [
            ("low", "lower bound", .low, kept.low), ("value", "value", .value, kept.value), ("high", "upper bound", .high, kept.high),
        ]
        for (lower, upper) in [(0, 1), (1, 2), (0, 2)] {
            let (below, above) = (parts[lower], parts[upper])
            guard let small = below.number, let large = above.number, small > large else { continue }
            let keptBelow = unstated.contains(below.field), keptAbove = unstated.contains(above.field)
            guard keptBelow != keptAbove else { continue }  // both given: FigureBuilder said it; both kept: stored so
            func said(_ part: (column: String, words: String, field: UnstatedFields, number: Double?), _ number: Double) -> String {
                unstated.contains(part.field)
                    ? "the stored \(part.words) \(FigureBuilder.format(number)) (kept: this row has no \(part.column) column)"
                    : "\(part.words) \(FigureBuilder.format(number))"
            }
            let given = keptBelow ? above : below
            let keptPart = keptBelow ? below : above
            row.fail(given.column, "\(said(below, small)) is above \(said(above, large)); expected \(below.column) ≤ \(above.column): a \(keptPart.column) column with the number as it now stands, or \(given.column == "high" ? "an" : "a") \(given.words) \(keptBelow ? "of at least" : "of at most") \(FigureBuilder.format(keptBelow ? small : large))")
        }
    }

    /// Whether a file that could not be used may hold rows of `kind`: one of that kind, or of no
    /// kind tipdb could tell.
    private func mayBeDefinedByUnusableFile(_ kind: RecordKind) -> Bool {
        unusableFiles.contains { $0.kind == nil || $0.kind == kind }
    }

    /// Rejects a figure like any row, and keeps its `cites` to be checked with the written ones
    /// once every file is in (it may name a later row), so that one run lists every problem of
    /// the row. A figure that cites itself has that error already.
    ///
    /// - Parameter derivedKey: for a row without a key, the key derived from its fields, when they
    ///   could be read: its first error names it (see `IngestIssue.naming(derivedKey:)`).
    private func rejectFigure(
        _ record: InputRecord, row: RowReader, key: String?, derivedKey: String?, file: String, batch: Int64
    ) throws -> RecordResult {
        let kept = try list(record, issues: IngestIssue.naming(derivedKey: derivedKey, in: row.issues), batch: batch)
        if let cites = row.text("cites"), cites != key, let field = row.field("cites") {
            refusedCites.append((cites, file, field.line, field.column, kept))
        }
        return .rejected(at: row.issues.first.map { "\($0.file):\($0.line)" })
    }

    /// Records on `row` a source or study it names that is neither in the database nor in this
    /// command. Returns true when such a name was only counted, not recorded (see `unusableFiles`):
    /// the row must still be refused, since its reference cannot be written.
    @discardableResult
    private func checkReferences(source: String?, study: String?, of row: inout RowReader, batch: Int64) throws -> Bool {
        var unlisted = false
        func unknown(_ field: String, _ key: String, kind: RecordKind) {
            if !mayBeDefinedByUnusableFile(kind) || refusedKeys[kind]?[key] != nil {
                let (message, unknown) = unknownReference(field, key, kind: kind)
                let listed = row.issues.count
                if unknown { row.fail(field, unknownReference: kind, message) } else { row.fail(field, message) }
                let id = "\(batch) \(field) \(key)"
                if unknown, unknownReferences[id] == nil, row.issues.count > listed, let issue = row.issues.last {
                    unknownReferences[id] = UnknownReference(file: issue.file, message: issue.message, field: field, key: key, kind: kind, batch: batch)
                }
            } else {
                unlisted = true
                unlistedReferences += 1
            }
        }
        if let source, try !sourceExists(source) { unknown("source", source, kind: .sources) }
        if let study, try !studyExists(study) { unknown("study", study, kind: .studies) }
        return unlisted
    }

    /// Writes the queued figures and counts what happened to each.
    private func flushFigures(batch: Int64, summary: inout FileSummary) throws {
        guard !pending.isEmpty else { return }
        let upserts = try db.upsert(pending.map(\.figure), unstated: pending.map(\.unstated), batch: batch, at: now)
        for (queued, upserted) in zip(pending, upserts) {
            summary.count(upserted.outcome)
            // As stored: the fields the row did not give kept their values.
            if let previous = upserted.previous {
                let stored = queued.figure.keeping(queued.unstated, from: previous)
                if let warning = try KeyReuseCheck.warning(
                    stored, replaced: previous, cells: queued.cells, file: queued.file, correction: options.correction,
                    movedAway: { try db.loadThatMovedKey(stored.key, from: FigureIdentity(stored)) }) {
                    summary.warnings.append(warning)
                }
            }
            if let cites = queued.figure.cites {
                lineage.written.append(.init(
                    key: queued.figure.key, cites: cites, file: queued.file, line: queued.line,
                    column: queued.column, raw: queued.raw, batch: batch, outcome: upserted.outcome,
                    previous: upserted.previous, previousUpdatedAt: upserted.previousUpdatedAt, derivedKey: queued.derivedKey))
            }
            for (_, message) in KeptCorrectionNote.notes(upserted.kept, from: .file) {
                summary.rowNotes.append(IngestIssue(file: queued.file, line: queued.line, column: queued.column, message: message))
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Lists a rejected row; under `--on-error skip` also keeps it in `ingest_rejects`.
    private func reject(_ record: InputRecord, issues: [IngestIssue], batch: Int64) throws -> RecordResult {
        try list(record, issues: issues, batch: batch)
        return .rejected(at: issues.first.map { "\($0.file):\($0.line)" })
    }

    /// Lists a rejected row's problems; under `--on-error skip` keeps the row in `ingest_rejects`
    /// and returns its id there.
    @discardableResult
    private func list(_ record: InputRecord, issues: [IngestIssue], batch: Int64) throws -> Int64? {
        // In the order of their columns, as they are printed: `ingest_rejects.column` is the first
        // problem's, and a high checked before low stored column 25 for a row whose first
        // message read 2:22 (review of session 34).
        let issues = issues.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
        report.errors.append(contentsOf: issues)
        guard options.onError == .skip, let first = issues.first else { return nil }
        return try db.insertReject(batch: batch, line: first.line, column: first.column, raw: record.raw,
                                   reason: issues.map(\.message).joined(separator: "; "))
    }

    /// A key seen twice in one command is an error: the second row would silently replace the first.
    /// (`KeyMemory` found the repeat on the reading thread.)
    ///
    /// The first row may have been refused: for its own problems it still holds the key (and the
    /// message says it was refused); for a derived key that is a stored figure's it does not, and
    /// this row is no duplicate (see `KeyClaims`).
    /// - Parameter named: what the message calls the key (`id`, the member a CSL-JSON file has), when not `KIND key`.
    private func duplicate(_ prepared: PreparedRecord, kind: RecordKind, named: String? = nil) -> IngestIssue? {
        guard let seen = prepared.firstSeen, let key = prepared.claimedKey else { return nil }
        let row = prepared.row
        let reader = KeyClaims.Row(file: filesRead.count - 1, line: row.record.line)
        guard let first = claims.holder(of: key, kind: kind, first: .init(file: seen.file, line: seen.line), reader: reader) else {
            return nil
        }
        let firstFile = first.file < filesRead.count ? filesRead[first.file] : row.file
        let sameFile = firstFile == row.file && first.file == filesRead.count - 1
        let refused = claims.wasRefused(first, key: key, kind: kind) ? ", which was refused (see its error there)" : ""
        let place = sameFile ? "already on line \(first.line) of this file" : "already on line \(first.line) of \(firstFile)"
        // A key column left blank derives the key as a missing column does.
        if kind == .figures && row.text("key") == nil {
            return IngestIssue(file: row.file, line: row.record.line, column: 1,
                               message: "the same derived key as line \(first.line)\(sameFile ? "" : " of \(firstFile)")\(refused): both rows derive key \"\(key)\" from their measure, place, period, subgroup, unit and source (not from a study or notes); expected each figure once in a command, or a key column to tell them apart")
        }
        return IngestIssue(file: row.file, line: row.record.line, column: 1,
                           message: "duplicate \(named ?? "\(kind == .studies ? "study" : String(kind.rawValue.dropLast())) key") \"\(key)\", \(place)\(refused); expected each \(named ?? "key") once in a command")
    }

    /// Claims the figure key of a bulk file's row (see `DatasetContext.claim`): where another
    /// file of the command read it first, or nil.
    private func claimDatasetKey(_ key: String, line: Int, column: Int, file: Int, keys: KeyMemory) -> (file: String, line: Int, refused: Bool)? {
        guard let seen = keys.remember(key, kind: .figures, file: file, line: line, column: column) else { return nil }
        let reader = KeyClaims.Row(file: file, line: line)
        guard let first = claims.holder(of: key, kind: .figures, first: .init(file: seen.file, line: seen.line), reader: reader),
              first.file != file, first.file < filesRead.count else { return nil }
        // Two GLOTIP exports are vintages of one series: the later revises the earlier's figures.
        if glotipFiles.contains(file) && glotipFiles.contains(first.file) { return nil }
        return (filesRead[first.file], first.line, claims.wasRefused(first, key: key, kind: .figures))
    }

    private func sourceExists(_ key: String) throws -> Bool {
        if knownSources.contains(key) { return true }
        let exists = try db.integer("SELECT count(*) FROM sources WHERE key = ?", [key]) > 0
        if exists { knownSources.insert(key) }
        return exists
    }

    private func studyExists(_ key: String) throws -> Bool {
        if knownStudies.contains(key) { return true }
        let exists = try db.integer("SELECT count(*) FROM studies WHERE key = ?", [key]) > 0
        if exists { knownStudies.insert(key) }
        return exists
    }

    /// `kind` is `.sources` or `.studies`, whose table has the same name. `unknown` is true when
    /// the message says the key is unknown, which `settleUnknownReferences` may say better.
    private func unknownReference(_ what: String, _ key: String, kind: RecordKind) -> (message: String, unknown: Bool) {
        if let place = refusedKeys[kind]?[key] {
            return (Self.refusedReference(what, key, at: place), false)
        }
        let table = kind.rawValue
        if let other = try? otherKind(of: key, than: kind) {
            return (Self.otherKindMessage(key, is: other.what, not: what, table: table, goesIn: other.goesIn), false)
        }
        // Read once per file, not once per rejected row: a file may misspell one key a million times.
        let keys = referenceKeys[table] ?? {
            let read = (try? db.rows(kind == .sources ? "SELECT key FROM sources" : "SELECT key FROM studies")
                .compactMap { $0.string("key") }) ?? []
            referenceKeys[table] = read
            return read
        }()
        let message = Suggestions.message(
            "unknown \(what) \"\(key)\"", for: key, among: keys,
            expected: "expected the key of a \(what) in the database or in a \(table) file of the same command")
        return (message, true)
    }

    /// `"f1" is a figure, not a source; expected ...`: one wording for a key of another kind,
    /// stored or read in this command.
    static func otherKindMessage(_ key: String, is other: String, not what: String, table: String, goesIn: String) -> String {
        "\"\(key)\" is \(other), not a \(what); expected the key of a \(what) in the database or in a \(table) file of the same command (\(goesIn))"
    }

    /// Names again each reference listed as unknown whose key this command read as another kind
    /// (`UnknownReference`), in the report and in `ingest_rejects`: `"f9" is a figure of this
    /// command (line 5 of this file), not a source`, as a stored figure's key is named. Runs once
    /// every file is read, so that a key read after the row that names it counts too, and the
    /// message does not depend on how far the reading thread had got.
    private func settleUnknownReferences() throws {
        guard let keys, !unknownReferences.isEmpty else { return }
        // Old and new message by file: few, however many rows name the keys.
        var replacements: [String: [(old: String, new: String)]] = [:]
        for reference in unknownReferences.values.sorted(by: { ($0.batch, $0.message) < ($1.batch, $1.message) }) {
            let others: [(kind: RecordKind, what: String, goesIn: String)] = [
                (.sources, "a source", "the source goes in source"), (.studies, "a study", "the study goes in study"),
                (.figures, "a figure", "a figure this row repeats goes in cites"),
            ].filter { $0.kind != reference.kind }
            guard let other = others.first(where: { keys.contains(reference.key, kind: $0.kind) }),
                  let read = keys.firstRead(reference.key, kind: other.kind), read.file < filesRead.count else { continue }
            let file = filesRead[read.file] == reference.file ? "this file" : filesRead[read.file]
            let refused = refusedKeys[other.kind]?[reference.key] != nil ? ", which was refused" : ""
            let what = "\(other.what) of this command (line \(read.line) of \(file)\(refused))"
            let message = Self.otherKindMessage(reference.key, is: what, not: reference.field, table: reference.kind.rawValue, goesIn: other.goesIn)
            // Made as the row's issue was, so that it is escaped and shortened the same way.
            let new = IngestIssue(file: reference.file, line: 0, column: 0, message: RowReader.shortened("\(reference.field): \(message)")).message
            replacements[reference.file, default: []].append((reference.message, new))
            guard options.onError == .skip else { continue }
            // The reasons of the batch's kept rows: the message is replaced where it stands among each row's others.
            try db.execute("UPDATE ingest_rejects SET reason = replace(reason, ?, ?) WHERE batch_id = ?", [reference.message, new, reference.batch])
        }
        guard !replacements.isEmpty else { return }
        for index in report.errors.indices {
            guard let found = replacements[report.errors[index].file] else { continue }
            let listed = report.errors[index].message
            // A derived key's note may follow the message (`IngestIssue.naming(derivedKey:)`).
            guard let (old, new) = found.first(where: { listed.hasPrefix($0.old) }) else { continue }
            report.errors[index].message = new + listed.dropFirst(old.count)
            // Named now as a key of another kind of this command: no longer unknown.
            report.errors[index].unknownReference = nil
        }
    }

    /// What `key` is when it is not a key of `kind` (`.sources` or `.studies`) but a figure's, a
    /// source's or a study's, with the field that takes it; nil when it is none of them.
    ///
    /// Why: a figure's key in `source`, or a source's in `study`, is the mix-up of keys `cites`
    /// already names (`Database.notAFigure`); "unknown source" sent the user looking for a typo.
    private func otherKind(of key: String, than kind: RecordKind) throws -> (what: String, goesIn: String)? {
        if let owner = try db.keyOwner(key), owner.column != (kind == .sources ? "source" : "study") {
            return (owner.what, "the \(owner.column) goes in \(owner.column)")
        }
        if try db.integer("SELECT count(*) FROM figures WHERE key = ?", [key]) > 0 {
            return ("a figure", "a figure this row repeats goes in cites")
        }
        return nil
    }

    /// The message for a reference to a row this command refused: the key is not unknown, and
    /// the user should fix that row rather than look for a typo here.
    static func refusedReference(_ what: String, _ key: String, at place: String) -> String {
        "\(what) \"\(key)\" was refused at \(place) (see its error there); expected it to load: fix that row"
    }

    // MARK: Lineage

    /// Checks every `cites` written by this command once all files are in: the cited figure must
    /// exist (it may come later in the file), and no chain may loop.
    ///
    /// A refused link may leave another row citing a figure that is refused (under
    /// `--on-error skip` taken back out, which may also break a loop that made another chain look
    /// circular), so the links left are checked again until a round refuses none, in both modes.
    private func finishLineage() throws {
        // Why a cited figure is missing, or nil when it is only counted (see `unusableFiles`).
        func missing(_ key: String) -> String? {
            if let place = refusedKeys[.figures]?[key] { return Self.refusedReference("figure", key, at: place) }
            if let retraction = retractions.citedMessage(for: key, restoring: options.restoreRetracted) { return retraction }
            guard !mayBeDefinedByUnusableFile(.figures) else {
                unlistedReferences += 1
                return nil
            }
            if let other = try? db.notAFigure(key) {
                return "\(other.sentence); cites takes the key of the figure this row repeats, and its source goes in source: list the figures with \(other.listCommand)"
            }
            return LineageCheck.unknownFigure(key)
        }
        var check = lineage
        // New figures refused by the rounds below: skip takes them back out; abort leaves them written.
        var withdrawn = Set<String>()
        while !check.written.isEmpty {
            var failures = try check.failures(in: db, missing: missing)
            // A repeat published before what it cites, judged as tipdb check judges it, once the
            // cited figure, the sources and their dates of every file are in.
            let broken = Set(failures.map(\.0.key))
            failures += try RepeatTimingCheck.refusals(among: check.written.filter { !broken.contains($0.key) }, db: db)
            if options.onError == .abort {
                // The rows citing a withdrawn figure still find it under abort: refuse them as
                // skip's next round does, so that both modes list and count the same rows. (A
                // refused update leaves the stored figure, which its citers may keep citing.)
                let failed = Set(failures.map(\.0.key))
                failures += check.written.filter { !failed.contains($0.key) && withdrawn.contains($0.cites) }
                    .map { ($0, missing($0.cites)) }
            }
            guard !failures.isEmpty else { break }
            for (entry, message) in failures { try refuseLink(entry, message) }
            withdrawn.formUnion(failures.filter { $0.0.outcome == .inserted }.map(\.0.key))
            withdrawnFigures = withdrawn
            let refused = Set(failures.map(\.0.key))
            check.written.removeAll { refused.contains($0.key) }
        }
        // Rows refused for other problems: their cites is named too, so one run lists everything.
        for reference in refusedCites {
            // A figure withdrawn above is still stored under abort, but no more loads than under skip.
            guard try withdrawn.contains(reference.key) || db.integer("SELECT count(*) FROM figures WHERE key = ?", [reference.key]) == 0,
                  let message = missing(reference.key) else { continue }
            report.errors.append(IngestIssue(file: reference.file, line: reference.line, column: reference.column, message: "cites: \(message)"))
            if let kept = reference.reject { try db.appendReason("cites: \(message)", toReject: kept) }
        }
    }

    /// Lists a written row whose `cites` failed and counts it as rejected; under skip, takes it
    /// back out and keeps it in `ingest_rejects`.
    private func refuseLink(_ entry: LineageCheck.Entry, _ message: String?) throws {
        let named = entry.derivedKey ? IngestIssue.derivedKeyNote(entry.key) : ""
        if let message {
            report.errors.append(IngestIssue(file: entry.file, line: entry.line, column: entry.column, message: "cites: \(message)\(named)"))
        }
        // Counted as rejected in both modes, so that a summary never shows a row as inserted
        // beside the error that refused it.
        if let index = report.files.firstIndex(where: { $0.batch == entry.batch }) {
            report.files[index].uncount(entry.outcome)
            report.files[index].rejected += 1
            if entry.derivedKey {
                report.files[index].derivedKeys -= 1
                report.files[index].keylessRejected += 1
                report.files[index].derivedKeyExamples.removeAll { $0.hasSuffix(": \(entry.key)") }
            }
        }
        // A row citing this one is now citing a refused row, and is told so.
        if refusedKeys[.figures]?[entry.key] == nil {
            refusedKeys[.figures, default: [:]][entry.key] = "\(entry.file):\(entry.line)"
        }
        guard options.onError == .skip else { return }
        // The row was written before its reference could be checked: take it back out.
        switch entry.outcome {
        case .inserted: try db.deleteFigure(key: entry.key)
        case .updated: if let previous = entry.previous { try db.restore(previous, batch: entry.batch, updatedAt: entry.previousUpdatedAt) }
        case .unchanged: break
        }
        try db.insertReject(batch: entry.batch, line: entry.line, column: entry.column, raw: entry.raw,
                            reason: "cites: \(message ?? "the cited figure was not found, and a file that may define it could not be used")\(named)")
    }
}

extension FileSummary {
    mutating func count(_ outcome: WriteOutcome) {
        switch outcome {
        case .inserted: inserted += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }

    mutating func uncount(_ outcome: WriteOutcome) {
        switch outcome {
        case .inserted: inserted -= 1
        case .updated: updated -= 1
        case .unchanged: unchanged -= 1
        }
    }
}
