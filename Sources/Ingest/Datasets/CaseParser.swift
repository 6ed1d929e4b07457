/// Reads a CTDC file on its own thread and turns every row into typed slots of a ``CaseBatch``,
/// straight from the reader's UTF-8 bytes: no `String` per field, no query.
///
/// Parsing runs beside the inserts: SQLite is the slow half of loading case data, and a second
/// core can do the reading meanwhile. Missing values are written `-99` in the Global Dataset and
/// empty or `NULL` in the Synthetic Dataset; both become NULL. Any other value must be one the
/// column allows: an unexpected value rejects the row with its position, it is never guessed.
final class CaseParser: @unchecked Sendable {
    private let path: String
    /// Per field of the file: how to read it (nil: not stored) and its name for messages.
    private let kinds: [CTDCColumn.Kind?]
    private let names: [String]
    /// The header's names as written, for a row of another width.
    private let header: [String]
    private let countries: CountryCodes
    private let queue: CaseBatchQueue
    /// What the text column just read held instead of CTDC's labels (`encode`), for its warning.
    private var unlisted: String?

    init(path: String, header: CTDCHeader, countries: CountryCodes, queue: CaseBatchQueue) {
        self.path = path
        kinds = header.fields.map { $0?.kind }
        names = header.fields.map { $0?.name ?? "" }
        self.header = header.names
        self.countries = countries
        self.queue = queue
    }

    /// Reads the file after its header to the end, sending batches; always ends with `finish`.
    func run() {
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
        defer { scratch.deallocate() }
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path, dialect: .csv)
            _ = try reader.next()  // the header, read and checked by the loader
        } catch {
            queue.finish(.failed(IngestIssue(error, file: path)))
            return
        }
        guard var batch = queue.emptyBatch() else { return queue.finish(.finished) }
        let width = kinds.count
        var issues: [IngestIssue] = []
        while true {
            let next: CSVRecord?
            do {
                next = try reader.next()
            } catch {
                queue.send(batch)
                return queue.finish(.failed(IngestIssue(error, file: path)))
            }
            guard let record = next else { break }
            if record.isBlankRow { continue }  // as in any CSV file: not counted
            if let issue = record.shapeIssue(file: path, names: header) {
                batch.reject(issues: [issue])
            } else {
                batch.beginRow(line: record.line)
                issues.removeAll(keepingCapacity: true)
                for index in 0..<width {
                    guard let kind = kinds[index] else { continue }
                    let problem = record.withUTF8(at: index) { bytes in encode(kind, bytes, into: batch, scratch: scratch) }
                    if let found = unlisted {
                        unlisted = nil
                        batch.warn(IngestIssue(
                            file: path, line: record.line(at: index), column: record.column(at: index),
                            message: "\(names[index]): not stored (NULL): the cell holds \(found), not CTDC's labels for this column; "
                                + "tipdb keeps only those labels in CTDC's text columns, since a note written there may name or "
                                + "identify a person, and does not repeat the text here; expected labels separated by ; such as "
                                + (kind.labelExamples ?? []).prefix(5).joined(separator: ", ")))
                    }
                    if let problem {
                        issues.append(IngestIssue(
                            file: path, line: record.line(at: index), column: record.column(at: index),
                            message: "\(names[index]): \"\(record.string(at: index))\" is not a valid value; \(problem)"))
                    }
                }
                batch.endRow(issues: issues)
            }
            if batch.isFull {
                batch.bytesRead = reader.bytesRead
                queue.send(batch)
                guard let empty = queue.emptyBatch() else { return queue.finish(.finished) }
                batch = empty
            }
        }
        batch.bytesRead = reader.bytesRead
        queue.send(batch)
        queue.finish(.finished)
    }

    /// Appends `raw` as a value of `kind` to the row being written; returns what is wrong, or nil.
    @inline(__always)
    private func encode(
        _ kind: CTDCColumn.Kind, _ raw: UnsafeBufferPointer<UInt8>, into batch: CaseBatch,
        scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> String? {
        let bytes = CaseBytes.trimmed(raw)
        if CaseBytes.isMissing(bytes) {
            batch.appendNull()
            return nil
        }
        switch kind {
        case .flag:
            guard let flag = CaseBytes.flag(bytes) else { return "expected 0, 1 or -99 (missing)" }
            batch.append(flag)
        case .year:
            guard let year = CaseBytes.year(bytes) else { return "expected a four-digit year between 1900 and 2100" }
            batch.append(year)
        case .country:
            guard let code = countries.code(for: bytes) else {
                return "expected an ISO 3166-1 alpha-2 or alpha-3 country code (or -99 for missing)"
            }
            batch.append(code)
        case .gender:
            guard let gender = CaseBytes.gender(bytes) else {
                return "expected Female, Male, Woman, Man or Trans/Transgender/NonConforming (or -99 for missing)"
            }
            append(gender, to: batch)
        case .majority:
            guard let status = CaseBytes.majority(bytes) else { return "expected Adult or Minor (or -99 for missing)" }
            append(status, to: batch)
        case .ageBand, .months:
            let count = CaseBytes.band(bytes, allowingNote: kind == .months, into: scratch)
            guard count > 0 else {
                return kind == .months
                    ? "expected a band of months such as 0--12 (0-1 yr), 13--24 or 25+"
                    : "expected an age band such as 0--8, 9--17, 18--20 or 48+"
            }
            batch.append(UnsafeBufferPointer(rebasing: scratch[0..<count]))
        case .dataSource:
            // A closed vocabulary like gender: any other value would become a code of its own
            // (`police`) that nothing reads, and the person would drop out of both groups unseen.
            guard let source = CaseBytes.dataSource(bytes, scratch: scratch) else {
                return "expected Case Management or Hotline (or -99 for missing)"
            }
            append(source, to: batch)
        case .labels(let labels):
            // Not one of CTDC's labels: a case worker's note, perhaps naming the person. Not
            // stored, and not quoted in the warning either (`CTDCLabels`).
            if let found = labels.unlisted(bytes) {
                batch.appendNull()
                unlisted = found
            } else {
                batch.append(bytes)
            }
        }
        return nil
    }

    /// A category code, or NULL for "" (a value that means unknown).
    private func append(_ text: StaticString, to batch: CaseBatch) {
        if text.utf8CodeUnitCount == 0 {
            batch.appendNull()
        } else {
            batch.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
    }
}
