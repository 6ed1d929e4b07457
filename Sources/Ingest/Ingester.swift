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

    let db: Database
    let options: IngestOptions
    var report: IngestReport
    var vocabulary: Vocabulary?
    /// Keys `tipdb retract` withdrew, which this command skips (none with `--restore-retracted`).
    var retracted = RetractedKeys.none
    /// Keys `tipdb retract` withdrew, read with `--restore-retracted` too. Why: a `cites` naming one
    /// this command does not load again was told "unknown figure", as if the key were mistyped.
    var retractions = RetractedKeys.none
    var knownSources = Set<String>()
    var knownStudies = Set<String>()
    var studySources = StudySourceCheck()
    /// Every source or study key, for suggestions; read when first needed in a file.
    var referenceKeys: [String: [String]] = [:]
    var lineage = LineageCheck()
    /// Every figure key, read when a `cites` first names none, for its suggestions (`citeSuggestions`).
    var figureKeysForSuggestions: [String]?
    /// The suggestions made for each dangling `cites` key, ranked once per key.
    var citeSuggestionsMade: [String: [String]] = [:]
    /// New figures refused for their `cites` (`finishLineage`): `skip` takes them back out, and
    /// under `abort`, where they stay written until the rollback, the warnings leave them out too;
    /// and figures refused by disclosure control (`refuseDisclosingCounts`), which reject the
    /// command in either mode: a refused row stores nothing, so no warning names it.
    var withdrawnFigures = Set<String>()
    /// Files named on the command line that could not be used (missing, of no kind tipdb can
    /// tell, an unusable header, not readable to their end). They may hold the sources, studies
    /// or figures the other files name, so a name not found is counted in `unlistedReferences`
    /// instead of listed once per row (a mistyped sources file name would otherwise bring one
    /// error for every figure).
    var unusableFiles: [(path: String, kind: RecordKind?)] = []
    var unlistedReferences = 0
    /// The `cites` of figures refused for other problems, where they were written, checked with
    /// the written ones at the end; `reject` is the row's `ingest_rejects` id under skip.
    var refusedCites: [(key: String, file: String, line: Int, column: Int, reject: Int64?)] = []
    /// Keys of the rows this command refused, by kind, with their `file:line`.
    var refusedKeys: [RecordKind: [String: String]] = [:]
    /// References listed as unknown, by batch, field and key, named again once every file is
    /// read (`settleUnknownReferences`).
    var unknownReferences: [String: UnknownReference] = [:]
    /// Every key read in this command, to catch one given twice; created with its first file of records.
    var keys: KeyMemory?
    /// Keys whose holder is not the first row `keys` saw read them, and holders that were refused.
    var claims = KeyClaims()
    /// The numbers (as `KeyMemory` has them) of the GLOTIP exports read so far: their keys are
    /// one series', which a later export of the command revises rather than repeats.
    var glotipFiles = Set<Int>()
    /// Rows giving a count derived from case data an exact number, audited before the commit.
    var derivedCounts = DerivedCountCheck()
    /// Valid figures waiting to be written as one chunk (see `Database.upsert(_:batch:at:)`).
    var pending: [PendingFigure] = []
    /// The changed numbers of the file being loaded told in a note (`RevisionNote`), and those
    /// left untold past `RevisionNote.listed`: a cleaned export of 10,000 figures must not print
    /// 10,000 notes. Reset for each file (`Ingester+File`).
    var revisionNotes = (told: 0, untold: 0)
    /// The nationalities read as countries, and the categories of places kept as text, that this
    /// file's notes and warnings have named (`PreparedRecord.breakdownReadings`): each once a file.
    var breakdownReadingsSaid: Set<String> = []
    /// For each Our World in Data file of the command, its metadata file when that was given too
    /// (`FilePlan.owidMetadata`): left out of the command, and named in the file's notes.
    var owidMetadataGiven: [String: String] = [:]
    /// The files of records read so far, in loading order: `KeyMemory` numbers them.
    var filesRead: [String] = []
    /// The format of each of `filesRead`, for reading a row of it again (`FirstRowReader`).
    var fileFormats: [InputFormat] = []
    /// Each loaded file's batch, the index of its summary in the report and when its rows were
    /// all read: the batch rows are completed from the summaries once the lineage check has
    /// settled every count.
    var loaded: [(batch: IngestBatch, file: Int, finishedAt: String)] = []
    /// For each loaded file's batch, the rejects `open_rejects` listed for the file before it
    /// was loaded again: the note says how many it no longer refuses (`OpenRejects`).
    var earlierRejects: [Int64: OpenRejects] = [:]
    /// The file being loaded could not be read to its end. Such a file rejects the command, as
    /// the report says.
    var fatal = false {
        didSet { if fatal { report.stoppedAtFile = true } }
    }
    let now = Timestamp.now()

    public init(db: Database, options: IngestOptions) {
        self.db = db
        self.options = options
        self.report = IngestReport(dryRun: options.dryRun, onError: options.onError)
    }

    /// A sentinel thrown to roll the transaction back after a dry run or a rejected command.
    struct RollBack: Error {}

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
                    derivedCounts = try DerivedCountCheck(db: db)
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
                            try refuseDisclosingCounts()
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
    /// A figures file's counts that another edition of their producer gives too get a note (`EditionNote`).
    /// Each warning is placed at the cell it blames, in the row where the file gave the key (`RecordCells`).
    func warnAboutLoadedFigures() throws {
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
                db: db, batch: id, kind: RecordKind(rawValue: batch.kind), file: name, command: loaded.map(\.batch.id), withdrawn: withdrawnFigures,
                subgroupsWarned: InputFormat(rawValue: batch.format) == .glotip
            ) { key, kind in
                guard let read = keys?.firstRead(key, kind: kind), read.file == number else { return nil }
                return (read.line, read.column)
            }
            // Counts another edition of their producer's series gives too: how briefs take them (`EditionNote`).
            if batch.kind == RecordKind.figures.rawValue, let format = InputFormat(rawValue: batch.format), !format.isDataset,
               let note = try EditionNote.note(db: db, batch: id) {
                report.files[file].notes.append(note)
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
    func noteAbsentFigures() throws {
        guard !report.commandRejected, let keys else { return }
        for (batch, file, _) in loaded where batch.kind == RecordKind.figures.rawValue {
            guard let format = InputFormat(rawValue: batch.format), !format.isDataset else { continue }
            if let note = try AbsentFigures.note(db: db, batch: batch, keys: keys) { report.files[file].notes.append(note) }
        }
    }

    /// Notes how many rows the earlier load of each file refused that this one no longer refuses
    /// (`OpenRejects`); not for a rejected command, which writes nothing.
    func noteSettledRejects() throws {
        guard !report.commandRejected else { return }
        for (batch, file, _) in loaded {
            if let note = try earlierRejects[batch.id]?.note(db: db, batch: batch.id) { report.files[file].notes.append(note) }
        }
    }
}
