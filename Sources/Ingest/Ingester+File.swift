import Foundation
import Storage

/// One file: opened, its header checked, its records read, checked and written in order.
extension Ingester {
    func load(_ plan: FilePlan, progress: ((Progress) -> Void)?) throws {
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
        // The path as typed only from within the working directory (`StoredFileName`): an absolute
        // path would publish where the user keeps their files.
        var batch = IngestBatch(
            file: StoredFileName.of(plan.path), sha256: sha256, size: size,
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
            fileFormats.append(plan.format)
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
            if !outcome.fatal && !refusedAsChanged(plan) { loaded.append((batch, file, Timestamp.now())) }
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
        fileFormats.append(plan.format)
        let fileNumber = filesRead.count - 1
        // A CSV or TSV file's figures all leave out the same fields; JSON records are looked at one by one.
        let fileUnstated = source.header.map(RowReader.unstatedFigureFields(header:))
        let digester = RowDigester()
        let firstRows = FirstRowReader(files: zip(filesRead, fileFormats).map { (path: $0, format: $1) })
        let pipeline = RecordPipeline(source: source, file: plan.path) { [plan] record in
            PreparedRecord.make(record, plan: plan, vocabulary: vocabulary)
        }
        // Where a record's key was first read in the command, and how its cells compare with
        // that row's. Done here, on the writing thread, not beside the parsing: the reading thread
        // was the one a large load waited for, and this was an eighth of its work, while the
        // writing thread waited for rows a third of the time (session 62's `perf` timeline; 313M
        // of 2,376M instructions, `callgrind`, session 63). Now both are about as busy; making
        // the digest on the reading thread again measured slower.
        func noteRepeat(_ prepared: inout PreparedRecord) {
            guard let key = prepared.claimedKey else { return }
            let record = prepared.row.record
            let digest = digester.digest(record)
            guard let first = keys.remember(key, kind: plan.kind, file: fileNumber, line: record.line, column: record.column, digest: digest) else { return }
            prepared.firstSeen = (first.file, first.line)
            guard let firstDigest = first.digest else { return }
            if firstDigest == digest {
                prepared.repeatComparison = .identical
            } else if let firstRecord = firstRows.record(file: first.file, line: first.line, column: first.column) {
                prepared.repeatComparison = .differs(RowCells(record).differences(from: RowCells(firstRecord)))
            } else {
                prepared.repeatComparison = .differs(nil)
            }
        }
        pipeline.start()
        // However this function ends, the reading thread has stopped when it returns.
        defer { pipeline.cancelAndWait() }
        // The figure keys of the rows refused under skip, for the batch's options (`refused`).
        var refusedFigures: [String] = []
        // Rows that repeat an earlier row cell for cell, by the file of that row: one note each.
        var repeats = IdenticalRepeats()
        while var chunk = pipeline.next() {
            for index in chunk.records.indices { noteRepeat(&chunk.records[index]) }
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
                        if plan.kind == .figures && options.onError == .skip { refusedFigures.append(key) }
                    }
                    // Remembered so that a reference to it points to its error instead of "unknown";
                    // not a key the row gave up (a stored figure's: see `KeyClaims`).
                    if let place, let key = prepared.key?.0 ?? prepared.row.text("key"), refusedKeys[plan.kind]?[key] == nil,
                       !claims.isReleased(key, kind: plan.kind) {
                        refusedKeys[plan.kind, default: [:]][key] = place
                    }
                case .retracted:
                    summary.retracted += 1
                case .repeated(let firstFile, let line):
                    summary.unchanged += 1
                    repeats.count(firstFile, line: line, key: prepared.claimedKey ?? "")
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
        summary.notes += repeats.notes(file: plan.path)
        if revisionNotes.untold > 0 { summary.notes.append(RevisionNote.untold(revisionNotes.untold, batch: batch.id)) }
        revisionNotes = (0, 0)
        breakdownReadingsSaid = []
        try db.recordRefusedKeys(refusedFigures, batch: batch.id)
        if let progress {
            progress(Progress(file: plan.path, rows: summary.read, bytesRead: Int(size), totalBytes: Int(size)))
        }
        if let checksum { try db.recordChecksum(try checksum.value(), batch: batch.id) }
        // Once the rows are read and the digest made: both came from the bytes planned, or neither counts.
        if refusedAsChanged(plan) { return }
        loaded.append((batch, file, Timestamp.now()))
    }

    /// Whether `plan`'s file changed since it was planned (`FileStamp`): then its error is
    /// reported and the command rejected, so that no batch records a SHA-256 and size of other
    /// bytes than its rows were read from.
    private func refusedAsChanged(_ plan: FilePlan) -> Bool {
        let now = FileStamp(path: plan.path)
        guard now != plan.stamp else { return false }
        report.errors.append(IngestIssue(file: plan.path, line: 0, column: 0, message: plan.stamp.changeMessage(now: now)))
        fatal = true
        pending.removeAll()
        return true
    }

    /// Opens the reader and checks the header; a failure here stops the whole command.
    func openSource(_ plan: FilePlan) -> Result<RecordSource, IngestIssue> {
        do {
            let source = try makeSource(plan)
            try checkHeader(source.header, issues: source.headerIssues, plan: plan)
            return .success(source)
        } catch {
            return .failure(IngestIssue(error, file: plan.path))
        }
    }

    func makeSource(_ plan: FilePlan) throws -> RecordSource {
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
    func checkHeader(_ header: [InputField]?, issues: [IngestIssue], plan: FilePlan) throws {
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
}
