import Foundation
import Storage

/// One file of an ingest command, with its format and kind decided.
struct FilePlan {
    let path: String
    let format: InputFormat
    let kind: RecordKind
    let inferred: [String]
    /// The file's size in bytes, for the batch record and the progress bar.
    var size: Int64 { stamp.size }
    /// The file as `stat` saw it before anything read it: compared again once it has been read
    /// and hashed (`Ingester.load`), so that a file that changed meanwhile is refused.
    let stamp: FileStamp

    /// Decides format and kind for `path`, inferring what the options do not say.
    ///
    /// - Throws: `Unusable`, with the file's error and the few words its summary line gives.
    static func make(path: String, options: IngestOptions) throws(Unusable) -> FilePlan {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if path == "-" {
                throw Unusable("not a regular file", path, Self.notRegularFile)
            }
            throw Unusable("no such file", path, "no such file; check the path")
        }
        if isDirectory.boolValue {
            throw Unusable("a directory", path, "is a directory; expected a file to ingest")
        }
        // A file is read more than once (to infer its kind, to hash it while it loads, to load it);
        // a pipe would hand each reader a different part of the stream.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw Unusable("not a regular file", path, Self.notRegularFile)
        }
        let stamp = FileStamp(status)
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Unusable("not readable", path, "cannot be read (permission denied)")
        }
        // Before any reader: a workbook saved as .csv is named as what it is, not as a NUL byte.
        if let notText = Self.notText(Self.head(path), format: options.format ?? InputFormat.fromExtension(of: path)) {
            throw Unusable(notText.why, format: options.format, IngestIssue(file: path, line: 1, column: 1, message: notText.message))
        }
        var inferred: [String] = []
        var format = options.format
        // A JSON array is parsed once for both inferences, its format and then its kind.
        var arrayKeys: [Set<String>]?
        func keysOfArray() -> [Set<String>] {
            if let arrayKeys { return arrayKeys }
            let read = JSONRecordSource.objectKeys(path: path, format: .json)
            arrayKeys = read
            return read
        }
        if format == nil {
            let byExtension = InputFormat.fromExtension(of: path)
            // Only JSON needs a look inside (read one element at a time, memory bounded).
            let sniffed = byExtension == nil || byExtension == .json ? Self.sniffJSON(keysOfArray()) : nil
            if byExtension == nil || byExtension == .csv, let dataset = DatasetSniffer.sniff(path: path) {
                format = dataset.format
                inferred.append("format \(dataset.format.rawValue) from \(dataset.evidence)")
            } else if let byExtension {
                format = byExtension == .json && sniffed == .cslJSON ? .cslJSON : byExtension
                // The members that told it: `id and type`, or CSL's own (`author and issued`) in a file whose first item has no id.
                let fields = format == .cslJSON ? Self.cslFields(keysOfArray()).map { $0.dropLast().joined(separator: ", ") + ($0.count > 1 ? " and " : "") + ($0.last ?? "") } : nil
                inferred.append("format \(format?.rawValue ?? "") from the \(fields.map { "extension and the CSL-JSON fields \($0)" } ?? "extension")")
            } else if let sniffed {
                format = sniffed
                inferred.append("format \(sniffed.rawValue) from the content")
            } else if let delimited = Self.sniffDelimited(Self.head(path)) {
                format = delimited
                inferred.append("format \(delimited.rawValue) from the content (column names separated by \(delimited == .tsv ? "tabs" : "commas"))")
            } else {
                // A UTF-16 file (Excel's "Unicode Text") has no format to tell until it is UTF-8: say that first.
                if let encoding = Self.encodingProblem(Self.head(path), format: nil) {
                    throw Unusable("not UTF-8 text", IngestIssue(file: path, line: 1, column: 1, message: encoding))
                }
                if let semicolons = Self.semicolonHeaderProblem(Self.head(path)) {
                    throw Unusable("header unreadable", IngestIssue(file: path, line: 1, column: 1, message: semicolons))
                }
                throw Unusable("format unknown", path, Self.whyNoFormat(path: path))
            }
        }
        guard let format else { throw Unusable("format unknown", path, "unknown format") }
        if format == .ndjson, Self.firstByte(of: Self.head(path)) == UInt8(ascii: "[") {
            // Otherwise every line of the array would be listed as a broken object.
            throw Unusable("not NDJSON", format: format, IngestIssue(file: path, line: 1, column: 1, message: "starts with [: this is a JSON array, not NDJSON (one object per line); pass --format json"))
        }
        if format == .csv || format == .tsv, let json = Self.jsonInDelimited(Self.head(path)) {
            // Otherwise its "header" is `[` or a whole object, and --kind, which it asks for, cannot help.
            throw Unusable("not \(format.rawValue.uppercased())", format: format, IngestIssue(file: path, line: 1, column: 1, message: json))
        }
        var kind = options.kind
        if format.isDataset {
            // Dataset files load after sources so that --source may name one from the same command.
            if let given = kind, given != .figures {
                throw Unusable("--kind does not apply", path, format: format, "a \(format.rawValue) file holds \(format == .ctdc ? "case rows" : "figures"), not \(given.rawValue); drop --kind")
            }
            kind = .figures
        }
        if format == .cslJSON {
            if let given = kind, given != .sources {
                throw Unusable("--kind does not apply", path, format: format, "CSL-JSON holds sources, not \(given.rawValue); drop --kind or pass --kind sources")
            }
            if kind == nil { inferred.append("kind sources, as CSL-JSON always holds") }
            kind = .sources
        }
        if kind == nil {
            let names = Self.fieldNames(path: path, format: format, arrayKeys: keysOfArray)
            if let byHeader = Self.kind(fromFieldNames: names) {
                kind = byHeader
                inferred.append("kind \(byHeader.rawValue) from the \(format == .csv || format == .tsv ? "header" : "field names")")
            } else if let byName = RecordKind.allCases.first(where: { path.lowercased().contains($0.rawValue.dropLast(2)) }) {
                kind = byName
                inferred.append("kind \(byName.rawValue) from the file name")
            } else {
                // Said before JSON's own reading fails at the first byte, which names only the byte.
                // The summary says what stopped it: "kind unknown" read as if the file's fields were the problem.
                if let encoding = Self.encodingProblem(Self.head(path), format: format) {
                    throw Unusable("not UTF-8 text", format: format, IngestIssue(file: path, line: 1, column: 1, message: encoding))
                }
                if format == .json || format == .ndjson, let problem = JSONRecordSource.readProblem(path: path, format: format) {
                    throw Unusable("reading stopped at line \(problem.line), before its kind could be told", format: format, problem)
                }
                if format == .csv || format == .tsv, let problem = Self.headerProblem(path: path, format: format) {
                    throw Unusable("header unreadable", format: format, problem)
                }
                throw Unusable("kind unknown", format: format, Self.whyNoKind(path: path, format: format, names: names))
            }
        }
        guard let kind else { throw Unusable("kind unknown", path, format: format, "unknown kind") }
        return FilePlan(path: path, format: format, kind: kind, inferred: inferred, stamp: stamp)
    }

    /// A header quoted in a message: whole up to 60 characters, else its first 60 and `…`.
    static func quoted(_ header: String) -> String {
        header.count > 60 ? header.prefix(60) + "…" : header
    }

    /// Why the kind of a file cannot be told from its columns, in the words that help most: an
    /// empty file, a UTF-16 file, another delimiter and a JSON object say so.
    ///
    /// Each is placed where an editor shows the trouble: at 1:1 for what the file starts with (an
    /// empty file, its encoding, its header), at the first JSON value for what that value is, so
    /// that every problem in a file's content reads `FILE:LINE:COLUMN` as the README promises.
    private static func whyNoKind(path: String, format: InputFormat, names: Set<String>) -> IngestIssue {
        func whole(_ message: String) -> IngestIssue { IngestIssue(file: path, line: 1, column: 1, message: message) }
        let head = Self.head(path)
        func atFirstValue(_ message: String) -> IngestIssue {
            let (line, column) = firstContentPosition(of: head)
            return IngestIssue(file: path, line: line, column: column, message: message)
        }
        if format == .ndjson && Self.firstByte(of: head) == nil {
            return IngestIssue(file: path, line: 1, column: 1, message: Self.noRecords("the file holds no JSON object (it is empty, or only blank lines)", from: "it"))
        }
        if Self.firstByte(of: head) == nil {
            let expected = switch format {
            case .json, .cslJSON: "an array of objects, [{...}, {...}]"
            case .ndjson: "one JSON object per line"
            default: "a header line naming the columns"
            }
            // Spaces and blank lines are not nothing to the user who sees a file of some size.
            let what = head.isEmpty ? "the file is empty" : "the file holds only white space (blank lines or spaces)"
            return whole("\(what); expected \(expected)")
        }
        if let encoding = encodingProblem(head, format: format) { return whole(encoding) }
        switch format {
        case .csv, .tsv:
            if names == [""] { return whole(CSVRecordSource.blankFirstLine) }
            // Excel writes `sep=;` as a first line for itself when asked to name the delimiter.
            if head.starts(with: Array("sep=".utf8)) || head.starts(with: [0xEF, 0xBB, 0xBF] + Array("sep=".utf8)) {
                let line = head.drop(while: { $0 >= 0x80 }).prefix(while: { $0 != 0x0A && $0 != 0x0D })
                return whole(HeaderSeparator.excelDelimiterHint(String(decoding: line, as: UTF8.self)))
            }
            if names.count == 1, let only = names.first,
               let problem = HeaderSeparator.problem(inOnlyColumn: HeaderSeparator.writtenName(path: path, format: format) ?? only, format: format) {
                return IngestIssue(file: path, line: 1, column: 1, message: problem)
            }
            if let problem = laterHeaderProblem(path: path, format: format) { return whole(problem) }
        case .json, .cslJSON:
            let first = Self.firstByte(of: head)
            if first == UInt8(ascii: "{") {
                // At the object, naming any array it wraps (`{"figures": [...]}`), as with --kind.
                do {
                    if let root = try JSONRecordSource.readArray(path: path, keeping: 0).notArray {
                        return JSONRecordSource.notArrayIssue(root, path: path, file: path, format: format)
                    }
                } catch {
                    if let issue = JSONRecordSource.longObjectIssue(error, path: path, file: path) { return issue }
                }
                return atFirstValue("the file holds one JSON object; expected an array of objects, [{...}, {...}]")
            }
            if first != UInt8(ascii: "[") { return atFirstValue("the file does not start with a JSON array; expected an array of objects, [{...}, {...}]") }
            if (try? JSONRecordSource.readArray(path: path, keeping: 1))?.first.isEmpty == true {
                return IngestIssue(file: path, line: 1, column: 1, message: Self.noRecords("the array is empty", from: "an empty array"))
            }
        default:
            break
        }
        let found = names.isEmpty ? "" : " (\(names.sorted().prefix(8).joined(separator: ", ")))"
        return atFirstValue("cannot tell whether the file holds sources, studies or figures from its column names\(found); pass --kind")
    }

    /// Why a JSON array or NDJSON file of no records has no kind, and what loads it.
    ///
    /// Why not an error of its own: such a file is well formed and holds nothing, as a CSV file of
    /// only a header does, and with `--kind` it loads as that one does (0 read, its batch recorded).
    /// Only the kind is missing, which a header would have given.
    static func noRecords(_ what: String, from: String) -> String {
        "\(what): cannot tell sources, studies or figures from \(from); give --kind (with it, the file loads no rows, as a CSV file of only a header does)"
    }

    /// Why a CSV or TSV header cannot be read (invalid UTF-8, a NUL byte, a quote never closed),
    /// with its position: "cannot tell the kind from its column names" would hide it.
    private static func headerProblem(path: String, format: InputFormat) -> IngestIssue? {
        do {
            let reader = try CSVReader(path: path, dialect: format == .tsv ? .tsv : .csv)
            guard let problem = try reader.next()?.problem else { return nil }
            if let quoted = HeaderSeparator.quotedNamesProblem(path: path, format: format) {
                return IngestIssue(file: path, line: 1, column: 1, message: quoted)
            }
            return IngestIssue(problem, file: path)
        } catch {
            return IngestIssue(error, file: path)
        }
    }

    /// Why line 1 is no header when one of lines 2 to 10 names the columns of sources, studies
    /// or figures, with those names as the file writes them: a title row above the table ("Table 3. Global
    /// estimates of forced labour") was read as the header, and the message listed its cells
    /// lower-cased and sorted, with advice to pass --kind, which cannot help.
    ///
    /// - Returns: the message, `line 1 is not a header: line 2 is (measure, value, ...); ...`, or
    ///   nil when no such line follows.
    static func laterHeaderProblem(path: String, format: InputFormat) -> String? {
        guard let reader = try? CSVReader(path: path, dialect: format == .tsv ? .tsv : .csv),
              (try? reader.next()) != nil else { return nil }
        while let record = try? reader.next(), record.line <= 10 {
            guard record.problem == nil else { return nil }
            let written = (0..<record.count).map { record.string(at: $0).trimmingWhitespace() }
            if kind(fromFieldNames: Set(written.map { $0.lowercased() })) != nil {
                let names = written.prefix(6).joined(separator: ", ") + (written.count > 6 ? ", …" : "")
                let above = record.line == 2 ? "the line" : "the \(record.line - 1) lines"
                return "line 1 is not a header: line \(record.line) is (\(names)); expected the column names on the first line: "
                    + "delete \(above) above it (a title or notes a spreadsheet put over the table)"
            }
        }
        return nil
    }

    /// What to do with standard input, a pipe or a device: a file is read more than once (to
    /// infer its kind, to hash it while it loads, to load it), and a stream hands each reader a
    /// different part.
    static let notRegularFile = "is not a regular file (standard input, a pipe, socket or device); save the input to a file and ingest that"

    /// The file is not UTF-8 text: a UTF-16 byte order mark, or NUL bytes in the numbers UTF-16
    /// or a binary file has (ASCII text in UTF-16 is every other byte NUL). A stray NUL here and
    /// there is left to the reader, which says where it is.
    ///
    /// A file that may be a spreadsheet's (`format` CSV, TSV or not yet known) is told the file
    /// type Excel saves UTF-8 as, as the Windows-1252 message tells it: Excel's "Unicode Text" is
    /// the commonest UTF-16 file, and "save it as UTF-8" named no choice Excel's Save As offers.
    private static func encodingProblem(_ head: [UInt8], format: InputFormat?) -> String? {
        let excel = [nil, .csv, .tsv].contains(format) ? CSVUTF8Validator.excelUTF8 : ""
        return switch UTF16Sign(head) {
        case .byteOrderMark: "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8" + excel
        case .nulBytes: "the file has NUL bytes: it is probably UTF-16 without a byte order mark, or not text; save it as UTF-8" + excel
        case nil: nil
        }
    }

    /// Why a file's format cannot be told from its name or content: a workbook says what to
    /// save it as, anything else lists the formats `--format` takes.
    private static func whyNoFormat(path: String) -> String {
        let workbooks = ["xlsx", "xlsm", "xls", "ods", "numbers"]
        let suffix = URL(fileURLWithPath: path).pathExtension.lowercased()
        if workbooks.contains(suffix) {
            return "a spreadsheet workbook (.\(suffix)), which tipdb does not read; save the sheet as CSV UTF-8 (comma delimited) and ingest that file"
        }
        let formats = InputFormat.allCases.map(\.rawValue)
        return "cannot tell the file's format from its name or content; pass --format \(formats.dropLast().joined(separator: ", ")) or \(formats.last ?? "")"
    }

    /// The first 4 KB of the file (empty when it cannot be read).
    private static func head(_ path: String) -> [UInt8] {
        FileHandle(forReadingAtPath: path).flatMap { try? $0.read(upToCount: 4096) }.map { [UInt8]($0) } ?? []
    }

    /// The first byte that is not white space or part of a byte order mark.
    static func firstByte(of head: [UInt8]) -> UInt8? {
        head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    }

    /// The line and column of the first byte that is not white space or a byte order mark (1:1
    /// when there is none), counted as the readers count: a byte order mark takes no column, and
    /// white space is ASCII, one column a byte.
    static func firstContentPosition(of head: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (offset, byte) in head.enumerated() {
            if offset < 3 && head.starts(with: [0xEF, 0xBB, 0xBF]) { continue }
            switch byte {
            case 0x0A: line += 1; column = 1
            case 0x0D: if offset + 1 < head.count && head[offset + 1] == 0x0A { continue } else { line += 1; column = 1 }
            case 0x20, 0x09: column += 1
            default: return (line, column)
            }
        }
        return (1, 1)
    }

    /// Figures have a measure and a value; studies a method, population or sample, or a title and a
    /// source; sources a publisher, container or URL.
    static func kind(fromFieldNames names: Set<String>) -> RecordKind? {
        // A measure a user defines: its code with what it counts or means, and no value.
        if names.contains("code") && !names.isDisjoint(with: ["counts", "concept", "definition"]) && !names.contains("value") { return .measures }
        if names.contains("measure") || names.contains("value") { return .figures }
        if !names.isDisjoint(with: ["method", "population", "sample_size", "summary", "places"]) { return .studies }
        if !names.isDisjoint(with: ["publisher", "authors", "container", "url", "doi", "accessed", "kind", "license"]) { return .sources }
        // A title with a source and nothing of a source's own: only a study is titled and has one.
        if names.contains("title") && names.contains("source") { return .studies }
        return nil
    }

    /// The lower-cased column names of a CSV/TSV header; for JSON, the member names of the first
    /// object when they tell its kind, else those of the first 100 objects together (a first
    /// object may leave out what later ones give, but one stray member later must not outvote it).
    private static func fieldNames(path: String, format: InputFormat, arrayKeys: () -> [Set<String>]) -> Set<String> {
        switch format {
        case .csv, .tsv:
            guard let reader = try? CSVReader(path: path, dialect: format == .tsv ? .tsv : .csv),
                  let header = try? reader.next() else { return [] }
            return Set((0..<header.count).map { header.string(at: $0).trimmingWhitespace().lowercased() })
        case .json, .ndjson, .cslJSON:
            let objects = format == .ndjson ? JSONRecordSource.objectKeys(path: path, format: format) : arrayKeys()
            if let first = objects.first, kind(fromFieldNames: first) != nil { return first }
            return objects.reduce(into: Set<String>()) { $0.formUnion($1) }
        case .glotip, .ctdc, .owid:
            return []
        }
    }

    /// `.tsv` or `.csv` for a file of another name (`.txt`, Excel's "Text (Tab delimited)") whose
    /// first line is a header of tipdb's column names, separated by tabs or by commas.
    static func sniffDelimited(_ head: [UInt8]) -> InputFormat? {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let line = String(decoding: bytes.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        for (format, separator) in [(InputFormat.tsv, Character("\t")), (.csv, ",")] {
            let names = line.split(separator: separator, omittingEmptySubsequences: false).map { name in
                name.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()
            }
            if names.count >= 2 && kind(fromFieldNames: Set(names)) != nil { return format }
        }
        return nil
    }

    /// Why a file read as CSV or TSV is JSON instead: it starts with `[{` (an array of objects)
    /// or `{"` (an object, or NDJSON when its first line is a whole object), with the format to
    /// give; nil for anything else, a CSV header included.
    static func jsonInDelimited(_ head: [UInt8]) -> String? {
        let bytes = head.filter { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }.drop { [0xEF, 0xBB, 0xBF].contains($0) }
        if bytes.starts(with: Array("[{".utf8)) || bytes.starts(with: Array("[]".utf8)) {
            return "the file starts with [ and looks like a JSON array, not CSV; name it .json or pass --format json"
        }
        guard bytes.starts(with: Array("{\"".utf8)) else { return nil }
        var text = head[...]
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        let firstLine = Array(text.prefix { $0 != 0x0A && $0 != 0x0D })
        if let node = try? JSONParser.parse(firstLine), case .object = node.value {
            return "the file starts with a JSON object on its first line and looks like NDJSON (one object per line), not CSV; name it .ndjson or pass --format ndjson"
        }
        return "the file starts with { and looks like JSON, not CSV; expected an array of objects: name it .json or pass --format json"
    }

    /// Why a file read as JSON is CSV or TSV instead: its first line is a header of tipdb's column
    /// names, or a letter-led line with commas or tabs; nil otherwise.
    ///
    /// Why: the JSON reader said `expected a value, found 'key'`, which names neither the format
    /// the file is in nor the option that reads it.
    static func delimitedInJSON(_ head: [UInt8]) -> String? {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        let format: InputFormat
        if let sniffed = sniffDelimited(head) {
            format = sniffed
        } else if let first = line.first, first < 0x80, Character(Unicode.Scalar(first)).isLetter || first == UInt8(ascii: "\""),
                  line.contains(UInt8(ascii: "\t")) || line.contains(UInt8(ascii: ",")) {
            format = line.contains(UInt8(ascii: "\t")) ? .tsv : .csv
        } else {
            return nil
        }
        let separated = format == .tsv ? "tabs" : "commas"
        return "the file looks like \(format.rawValue.uppercased()) (its first line is names separated by \(separated)), not JSON; name it .\(format.rawValue) or pass --format \(format.rawValue)"
    }

    /// `.cslJSON` for a JSON array of CSL-JSON items (`cslFields`).
    private static func sniffJSON(_ objects: [Set<String>]) -> InputFormat? {
        if cslFields(objects) != nil { return .cslJSON }
        return (objects.first ?? []).isEmpty ? nil : .json
    }

    /// The members that tell a JSON array's objects (the first 100) are CSL-JSON items: `id` and
    /// `type` in the first object without a `key`; else, when no object has `key` nor a field
    /// only tipdb's files have, the members only CSL gives (`author`, `issued`, ...) that they
    /// have. Nil for any other array.
    ///
    /// Why not the first object alone: a reference manager's item without an `id` (a hand-made
    /// one, or one whose id was blanked) made the whole file "kind unknown", with no word of
    /// CSL-JSON, and its items none of the id errors `--format csl-json` gives.
    static func cslFields(_ objects: [Set<String>]) -> [String]? {
        let first = objects.first ?? []
        if first.contains("id") && first.contains("type") && !first.contains("key") { return ["id", "type"] }
        let names = objects.reduce(into: Set<String>()) { $0.formUnion($1) }
        guard names.isDisjoint(with: ["key", "authors", "measure", "value", "date", "kind", "period", "source"]) else { return nil }
        let found = names.intersection(cslOnlyMembers).sorted()
        return found.isEmpty ? nil : Array(found.prefix(3))
    }

    /// Members, lower case, that CSL-JSON items have and no file of tipdb's does.
    static let cslOnlyMembers: Set<String> = [
        "author", "editor", "issued", "container-title", "collection-title", "publisher-place", "citation-key",
        "event-title", "isbn", "issn", "number-of-pages", "original-date",
    ]
}
