import Foundation
import Storage

/// The tight loop of case-level ingest: a ``CaseParser`` reads and checks the file on a second
/// thread, and this side binds each parsed row to one prepared INSERT with typed values and
/// steps it. No query and no `String` per field; identical rows are inserted as they come
/// (they are different people). At most a few batches are in flight, so memory stays bounded.
struct CaseRows {
    /// Rows per batch handed between the threads, and batches in flight.
    static let batchRows = 2048
    static let inFlight = 4

    let context: DatasetContext
    let header: CTDCHeader
    /// The dataset version the rows go to; nil to read and check them without writing, for a
    /// file loaded before: its refused rows are listed again, as any file's are.
    let dataset: Int64?

    /// Inserts every row of the file after its header and returns how many were inserted (or,
    /// without a dataset, would be), or the issue that stopped the file (a CSV defect, after
    /// which nothing can be trusted).
    func insert(summary: inout FileSummary, rejects: inout RejectLog,
                progress: ((Ingester.Progress) -> Void)?) throws -> Result<Int, IngestIssue> {
        let columns = header.fields.compactMap { $0?.column }
        var statement: Statement?
        if let dataset {
            let insert = try context.db.cachedStatement(CaseColumn.insertSQL(columns: columns))
            try insert.bind(.integer(dataset), at: 1)
            statement = insert
        }
        let queue = CaseBatchQueue(width: columns.count, batchRows: Self.batchRows, inFlight: Self.inFlight)
        let parser = CaseParser(path: context.path, header: header, countries: try CountryCodes(db: context.db), queue: queue)
        let thread = Thread { parser.run() }
        thread.name = "tipdb ctdc reader"
        thread.start()
        // However this function ends, the reading thread has stopped when it returns.
        defer { queue.cancelAndWait() }
        // Texts are bound where they lie in a batch (`bindBorrowedText`): whatever stops the
        // loop, no binding is left pointing into a batch the reading thread may refill.
        defer { statement?.clearBindings() }

        var bound = Bound(width: columns.count)
        var unlisted = UnlistedText()
        var inserted = 0
        while let batch = queue.nextBatch() {
            inserted += try insert(batch, statement: statement, bound: &bound, rejects: &rejects)
            summary.read += batch.rows + batch.rejected.count
            unlisted.add(batch.warnings)
            if let progress {
                progress(Ingester.Progress(file: context.path, rows: summary.read, bytesRead: batch.bytesRead, totalBytes: context.size))
            }
            queue.recycle(batch)
        }
        summary.warnings += unlisted.issues
        if case .failed(let issue) = queue.outcome { return .failure(issue) }
        return .success(inserted)
    }

    /// Binds and steps the rows of one batch (with a statement), and passes its rejected rows on
    /// in file order.
    private func insert(_ batch: CaseBatch, statement: Statement?, bound: inout Bound, rejects: inout RejectLog) throws -> Int {
        let width = bound.tags.count
        let tags = batch.tags
        let payloads = batch.payloads
        let arena = batch.arena
        var nextReject = 0
        for row in 0...batch.rows {
            while nextReject < batch.rejected.count && batch.rejected[nextReject].row == row {
                // Never the row's text: it is about a person (see RejectLog.reject).
                try rejects.reject(raw: nil, issues: batch.rejected[nextReject].issues)
                nextReject += 1
            }
            guard row < batch.rows else { break }
            guard let statement else { continue }
            try statement.bind(.integer(batch.lines[row]), at: 2)
            let base = row * width
            for slot in 0..<width {
                let tag = tags[base + slot]
                let payload = payloads[base + slot]
                switch tag {
                case CaseBatch.Tag.integer.rawValue:
                    // SQLite keeps bindings from row to row: a flag as in the row before (most
                    // are) costs no call.
                    if bound.tags[slot] != tag || bound.integers[slot] != payload {
                        try statement.bind(.integer(payload), at: slot + 3)
                        bound.integers[slot] = payload
                    }
                case CaseBatch.Tag.text.rawValue:
                    // Read in place, not copied: released below, before the batch goes back.
                    let text = UnsafeBufferPointer(start: arena + Int(payload >> 32), count: Int(payload & 0xFFFF_FFFF))
                    try statement.bindBorrowedText(text, at: slot + 3)
                default:
                    // Likewise a slot NULL in this row and the last (most of a Global Dataset
                    // row is -99).
                    if bound.tags[slot] != tag { try statement.bind(.null, at: slot + 3) }
                }
                bound.tags[slot] = tag
            }
            try statement.step()
            try statement.reset()
        }
        if let statement { try Self.releaseTexts(of: statement, bound: &bound) }
        return batch.rows
    }

    /// Binds NULL where the last row bound a text of the batch, which the reading thread refills
    /// once the batch is recycled; the next row binds those slots again either way.
    private static func releaseTexts(of statement: Statement, bound: inout Bound) throws {
        for slot in bound.tags.indices where bound.tags[slot] == CaseBatch.Tag.text.rawValue {
            try statement.bind(.null, at: slot + 3)
            bound.tags[slot] = CaseBatch.Tag.null.rawValue
        }
    }

    /// What each slot of the statement holds from the last row inserted (all NULL before the
    /// first): its tag, and for an integer its value.
    struct Bound {
        var tags: [UInt8]
        var integers: [Int64]

        init(width: Int) {
            tags = [UInt8](repeating: CaseBatch.Tag.null.rawValue, count: width)
            integers = [Int64](repeating: 0, count: width)
        }
    }
}
