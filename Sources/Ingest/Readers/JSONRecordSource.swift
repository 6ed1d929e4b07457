import Foundation
import Storage

/// Reads JSON (an array of objects), NDJSON (one object per line) and CSL-JSON into input records.
///
/// All three are read a piece at a time (an element, a line), so memory does not grow with the
/// file. A JSON array's elements are handed on up to its first defect, whose error then stops the
/// reading, as a CSV file's rows are up to invalid bytes: the file's line counts the records
/// before the defect and says where reading stopped (`ReadingStop`), and the command is rejected.
/// (It was read to its end first, and a file with a defect anywhere was refused with nothing read:
/// its line said `0 read`, or `kind unknown` when the kind was to be inferred, for a file whose
/// first objects said it plainly.)
final class JSONRecordSource: RecordSource {
    let header: [InputField]? = nil
    private let file: String
    private let path: String
    private let format: InputFormat
    private var elements: JSONArrayReader?
    private var lines: NDJSONReader?
    private(set) var bytesRead = 0

    init(path: String, displayName: String, format: InputFormat) throws(IngestIssue) {
        file = displayName
        self.path = path
        self.format = format
        if format == .ndjson {
            do {
                lines = try NDJSONReader(path: path)
            } catch {
                throw IngestIssue(error, file: displayName)
            }
            return
        }
        do {
            var reader = try JSONArrayReader(path: path)
            if case .value(let root) = try reader.readStart() {
                throw Self.notArrayIssue(root, path: path, file: displayName, format: format)
            }
            elements = reader
        } catch let error as JSONError {
            throw Self.fileIssue(error, path: path, file: displayName)
        } catch let issue as IngestIssue {
            throw issue
        } catch {
            throw IngestIssue(file: displayName, line: 0, column: 0, message: "cannot be read")
        }
    }

    func next() throws -> InputRecord? {
        if var reader = lines {
            let entry: (line: Int, node: JSONNode, raw: String)?
            do {
                entry = try reader.next()
            } catch {
                lines = reader
                // One bad line is one rejected record: the reader goes on with the next line. A
                // line that is not UTF-8 text stops it: the whole file is refused, as a CSV file is.
                guard error.line > 0, !reader.stopped else {
                    throw IngestIssue(error, file: file)
                }
                var record = InputRecord(line: error.line, column: error.column, raw: reader.rejectedLine, fields: [])
                record.problem = IngestIssue(error, file: file)
                return record
            }
            lines = reader
            // A file of no object (empty, or blank lines) loads no rows, as `[]` and a CSV file of
            // only a header do: its kind, when it is not given, is what `FilePlan` asks for.
            guard let entry else { return nil }
            bytesRead += entry.raw.utf8.count + 1
            return record(from: entry.node, raw: entry.raw)
        }
        let node: JSONNode?
        do {
            node = try elements?.next()
        } catch {
            // A defect in the array stops the reading here: `RecordPipeline` fails with it, and
            // the file's line says where (`ReadingStop`).
            throw Self.fileIssue(error, path: path, file: file)
        }
        guard let node, let raw = elements?.text(of: node) else { return nil }
        bytesRead = node.byteRange.upperBound
        return record(from: node, raw: raw)
    }

    private func record(from node: JSONNode, raw: String) -> InputRecord {
        guard case .object(let members) = node.value else {
            var record = InputRecord(line: node.line, column: node.column, raw: raw, fields: [])
            record.problem = IngestIssue(file: file, line: node.line, column: node.column,
                                         message: "expected an object ({\"key\": ...}), found \(node.value.kindName)")
            return record
        }
        let (kept, repeats) = Self.withoutRepeatedMembers(members, file: file)
        if format == .cslJSON {
            var record = CSLMapping.record(from: kept, node: node, raw: raw, file: file)
            for (name, issue) in repeats { record.refuse(issue, fields: CSLMapping.columns(of: name)) }
            return record
        }
        var record = InputRecord(line: node.line, column: node.column, raw: raw, fields: [])
        for (name, issue) in repeats { record.refuse(issue, fields: [name]) }
        // An NDJSON record's raw text is its whole line; a JSON array's element starts at its brace.
        record.rawLayout = .json(column: format == .ndjson ? 1 : node.column)
        for member in kept {
            if FieldContract.isExtraColumn(member.key) {
                Self.addExtraColumn(member, to: &record, file: file)
                continue
            }
            if PrintedDigitColumns.isOne(member.key) { record.givesPrintedDigits = true }
            var field = InputField(name: member.key, value: nil, line: member.value.line, column: member.value.column)
            field.nameLine = member.keyLine
            field.nameColumn = member.keyColumn
            switch Self.text(of: member.value, field: member.key) {
            case .success(let text):
                field.value = text
                record.fields.append(field)
            case .failure(let failure):
                // The field's error is listed with the rest of the record's: a CSV row lists all of them too.
                record.fields.append(field)
                record.fieldProblems.append(IngestIssue(
                    file: file, line: member.value.line, column: member.value.column, message: "\(member.key): \(failure.message)"))
                record.refusedFields.insert(member.key.lowercased())
            }
        }
        return record
    }

    /// Adds an `x_` member to `record` as an `x_` column, kept as JSON, objects included; a JSON or
    /// NDJSON object's and a CSL-JSON item's alike.
    ///
    /// A null is there (the record gives its x_ columns, and an update replaces the stored ones) but
    /// has no value, as an empty cell; so is a text of spaces. A text is trimmed as a CSV cell is;
    /// texts inside a list or an object are data as written.
    static func addExtraColumn(_ member: JSONMember, to record: inout InputRecord, file: String) {
        var text: String?
        if case .string(let string) = member.value.value { text = string.trimmingWhitespace() }
        if case .null = member.value.value {
            record.fields.append(InputField(name: member.key, value: nil, line: member.value.line, column: member.value.column))
            return
        }
        if let text, text.isEmpty {
            record.fields.append(InputField(name: member.key, value: nil, line: member.value.line, column: member.value.column))
            return
        }
        if let issue = repeatedMember(inside: member, file: file) {
            record.refuse(issue, fields: [member.key])
            return
        }
        let json = text.map { JSONString.literal($0) } ?? member.value.value.compactText
        record.extraJSON[member.key] = json
        record.fields.append(InputField(name: member.key, value: json, line: member.value.line, column: member.value.column))
    }

    /// The error for a value kept as JSON text (an `x_` member, a CSL field) that names a member
    /// twice inside it, at the second one.
    static func repeatedMember(inside member: JSONMember, file: String) -> IngestIssue? {
        guard let (first, again) = member.value.value.firstRepeatedMember else { return nil }
        return repeatedIssue(again, after: first, inside: member.key, file: file)
    }

    /// The error for `again`, a member whose name `first` already gave in the same object, at
    /// `again`'s name; `inside` names the member whose value holds that object, if any.
    static func repeatedIssue(_ again: JSONMember, after first: JSONMember, inside: String?, file: String) -> IngestIssue {
        IngestIssue(
            file: file, line: again.keyLine, column: again.keyColumn,
            message: (inside.map { "\($0): " } ?? "")
                + "duplicate member \"\(again.key)\", already on line \(first.keyLine), column \(first.keyColumn) of this object; expected each name once")
    }

    /// `members` without any member whose name is written more than once (names compare as header
    /// names do, ignoring case), and an error for each repetition, at the repeated name.
    ///
    /// Why neither is kept: JSON tools disagree on which one wins. Why the rest is: the record is
    /// refused either way, and its other problems are listed with this one, as a CSV row's are.
    static func withoutRepeatedMembers(
        _ members: [JSONMember], file: String
    ) -> (kept: [JSONMember], repeats: [(name: String, issue: IngestIssue)]) {
        var first: [String: JSONMember] = [:]
        var repeats: [(name: String, issue: IngestIssue)] = []
        for member in members {
            let name = member.key.lowercased()
            guard let earlier = first[name] else {
                first[name] = member
                continue
            }
            repeats.append((member.key, repeatedIssue(member, after: earlier, inside: nil, file: file)))
        }
        guard !repeats.isEmpty else { return (members, []) }
        let repeated = Set(repeats.map { $0.name.lowercased() })
        return (members.filter { !repeated.contains($0.key.lowercased()) }, repeats)
    }

    /// A JSON value as field text: strings as they are, numbers as written, and for the list
    /// fields (`FieldContract.listFields`) lists joined by `; `, as a CSV cell writes them.
    ///
    /// Anything else is refused rather than turned into text: a list in `quote` would be stored as
    /// one made-up sentence, and `true` as the word "true".
    static func text(of node: JSONNode, field: String) -> Result<String?, TextFailure> {
        func checked(_ string: String) -> Result<String?, TextFailure> {
            // JSON can write a NUL as \u0000; the contract refuses NUL in text, as it does in CSV.
            string.utf8.contains(0) ? .failure(TextFailure(message: "the text contains a NUL character (\\u0000); expected text without NUL")) : .success(string)
        }
        switch node.value {
        case .null: return .success(nil)
        case .bool(let flag) where FieldContract.booleanFields.contains(field.lowercased()):
            return .success(flag ? "true" : "false")
        case .bool(let flag):
            return .failure(TextFailure(message: "expected text or a number, found \(flag)"))
        case .number(let literal): return .success(literal)
        case .string(let string): return checked(string)
        case .array(let items):
            guard FieldContract.listFields.contains(field.lowercased()) else {
                return .failure(TextFailure(message: "expected text or a number, found a list (only \(FieldContract.listFields.sorted().joined(separator: ", ")) take lists)"))
            }
            var parts: [String] = []
            for item in items {
                switch item.value {
                case .string(let s): parts.append(s)
                case .number(let n): parts.append(n)
                default: return .failure(TextFailure(message: "expected a list of strings or numbers"))
                }
            }
            return checked(parts.joined(separator: "; "))
        case .object:
            let list = FieldContract.listFields.contains(field.lowercased())
            return .failure(TextFailure(message: "expected text\(list ? ", a number or a list" : " or a number"), found an object"))
        }
    }

    struct TextFailure: Error {
        let message: String
    }

    /// The member names (lower-cased) of each of the first `inferenceObjects` objects of a JSON
    /// array or NDJSON file, in order, for inference.
    static func objectKeys(path: String, format: InputFormat) -> [Set<String>] {
        var objects: [JSONNode] = []
        if format == .ndjson {
            guard var reader = try? NDJSONReader(path: path) else { return [] }
            // A line that is not JSON is that line's error, later: it does not hide the others.
            var lines = 0
            while objects.count < inferenceObjects && lines < 10 * inferenceObjects {
                lines += 1
                do {
                    guard let line = try reader.next() else { break }
                    objects.append(line.node)
                } catch where error.line > 0 && !reader.stopped {
                    continue
                } catch {
                    break
                }
            }
        } else {
            // The objects before a defect tell the kind, as a CSV header does whatever the rows
            // below it hold: the defect is the file's error when it is loaded, where reading stops.
            guard var reader = try? JSONArrayReader(path: path), (try? reader.readStart()) == .array else { return [] }
            while objects.count < inferenceObjects, let element = try? reader.next() {
                objects.append(element)
            }
        }
        return objects.compactMap { object in
            guard case .object(let members) = object.value else { return nil }
            return Set(members.map { $0.key.lowercased() })
        }
    }

    /// Why a JSON or NDJSON file cannot be read at all, with its position: a JSON text that does
    /// not parse, an NDJSON file its reader stops in. Asked when the kind of the file cannot be
    /// told, since "cannot tell the kind" would hide the real problem.
    static func readProblem(path: String, format: InputFormat) -> IngestIssue? {
        if format == .ndjson {
            // A reader that stops, or lines none of which is JSON: the first error says why.
            var firstError: JSONError?
            do {
                var reader = try NDJSONReader(path: path)
                for _ in 0..<inferenceObjects {
                    do {
                        guard let entry = try reader.next() else { break }
                        return notAnObject(entry.node, file: path)
                    } catch where error.line > 0 && !reader.stopped {
                        firstError = firstError ?? error
                    }
                }
            } catch {
                return IngestIssue(error, file: path)
            }
            return firstError.map { IngestIssue($0, file: path) }
        }
        do {
            // An empty file is said to be empty, with what it should hold, by the caller.
            guard try !isBlank(path: path) else { return nil }
            let read = try readArray(path: path, keeping: 1)
            // Not an array at all is said by the caller, with what the file should hold.
            guard read.notArray == nil, let first = read.first.first else { return nil }
            return notAnObject(first, file: path)
        } catch {
            return error.line == 0 ? nil : fileIssue(error, path: path, file: path)
        }
    }

    /// Reads the JSON array at `path` to its end, in bounded memory, keeping its first `keeping`
    /// elements; or the value the file holds instead of an array.
    ///
    /// - Throws: ``JSONError`` at the first defect in the file, or with `line` 0 when it cannot be read.
    static func readArray(path: String, keeping: Int) throws(JSONError) -> (first: [JSONNode], notArray: JSONNode?) {
        var reader = try JSONArrayReader(path: path)
        if case .value(let root) = try reader.readStart() { return ([], root) }
        var first: [JSONNode] = []
        while let element = try reader.next() {
            if first.count < keeping { first.append(element) }
        }
        return (first, nil)
    }

    /// The error for a file whose top-level value is not an array, at that value; an object that
    /// holds arrays (`{"figures": [...]}`, as scripts often write one) names them and says to give
    /// the array itself.
    ///
    /// Why not read the array inside: the member's name would decide what the file holds, and a
    /// name that disagrees with the file name or `--kind` (`{"data": [...]}`, `{"sources": [...]}`
    /// in figures.json) has no one reading; one form, the array, is what every reader takes.
    ///
    /// An object alone on one line, holding no array, is NDJSON of one line: it gets the hint
    /// a file of two such lines gets (`ndjsonHint`), read from `path`. One CSL-JSON item is told
    /// to be wrapped in `[ ]` (`oneCSLItemMessage`).
    static func notArrayIssue(_ root: JSONNode, path: String, file: String, format: InputFormat) -> IngestIssue {
        guard case .object(let members) = root.value else {
            return IngestIssue(file: file, line: root.line, column: root.column, message: notArrayMessage(found: root.value.kindName, arrays: []))
        }
        if let message = oneCSLItemMessage(members, format: format) {
            return IngestIssue(file: file, line: root.line, column: root.column, message: message)
        }
        let arrays = members.filter { if case .array = $0.value.value { true } else { false } }.map(\.key)
        if arrays.isEmpty, root.byteRange.count <= 1 << 20,
           !bytes(of: path, at: root.byteRange.lowerBound, count: root.byteRange.count).contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            return IngestIssue(file: file, line: root.line, column: root.column, message: ndjsonHint)
        }
        return IngestIssue(file: file, line: root.line, column: root.column, message: notArrayMessage(found: "an object", arrays: arrays))
    }

    /// What `notArrayIssue` says of a value that is not an array: `found` (`an object`), and the
    /// members of an object that hold arrays, with what to give instead.
    private static func notArrayMessage(found: String, arrays: [String]) -> String {
        var message = "expected an array of objects ([{...}, {...}]), found \(found)"
        guard let first = arrays.first else { return message }
        let names = arrays.map { "\"\($0)\"" }.joined(separator: ", ")
        // jq's path for a plain name; another name would need quoting explained too.
        let plain = first.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } && first.first?.isLetter == true
        let jq = plain ? " (jq '.\(first)' prints it)" : ""
        message += arrays.count == 1
            ? " whose member \(names) holds an array; give that array itself as the whole file, without the object around it\(jq)"
            : " whose members \(names) hold arrays; give each array itself as a file of its own, without the object around it\(jq)"
        return message
    }

    /// The error for a file whose top-level object is too long to be read whole
    /// (`JSONArrayReader.maxElementBytes`), told as `notArrayIssue` tells a shorter one: at the
    /// object, naming its first member when that holds an array (`{"figures": [...]}`, a script's
    /// export), which is all its first bytes can tell. Nil for any other error.
    ///
    /// Why: such a file got the size limit's message, as if an element of an array were too long,
    /// and none of the hint that the array inside is what to give.
    static func longObjectIssue(_ error: JSONError, path: String, file: String) -> IngestIssue? {
        // At the top-level object's opening brace, with nothing but white space (and a byte order
        // mark) before it: the one error the reader gives there is that the object is too long.
        let head = bytes(of: path, at: error.byteOffset, count: 64 * 1024)
        guard error.line > 0, head.first == UInt8(ascii: "{"),
              FilePlan.firstByte(of: bytes(of: path, at: 0, count: error.byteOffset)) == nil else { return nil }
        let limit = CSVReader.defaultMaxRecordBytes >> 20
        let arrays = firstMemberHoldingArray(head).map { [$0] } ?? []
        return IngestIssue(file: file, line: error.line, column: error.column,
                           message: notArrayMessage(found: "an object longer than \(limit) MB (read no further)", arrays: arrays))
    }

    /// The name of the first member of the object that `bytes` start with, when its value is an
    /// array (`{"figures": [` gives `figures`); nil otherwise.
    private static func firstMemberHoldingArray(_ bytes: [UInt8]) -> String? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var index = 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let open = index
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
        guard index < bytes.count, let key = try? JSONParser.parse(Array(bytes[open...index])), case .string(let name) = key.value else { return nil }
        index += 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "[") ? name : nil
    }

    /// Whether the file holds nothing but white space and byte order mark bytes (``FilePlan/firstByte(of:)``).
    private static func isBlank(path: String) throws(JSONError) -> Bool {
        var input = try JSONByteStream(path: path, chunkSize: 64 * 1024)
        var chunk: [UInt8] = []
        while try input.append(to: &chunk) || !chunk.isEmpty {
            if FilePlan.firstByte(of: chunk) != nil { return false }
            chunk.removeAll(keepingCapacity: true)
        }
        return true
    }

    /// The error for a record that is not an object (an array in an array, a number on a line),
    /// at the record; nil for an object.
    private static func notAnObject(_ node: JSONNode, file: String) -> IngestIssue? {
        if case .object = node.value { return nil }
        return IngestIssue(file: file, line: node.line, column: node.column,
                           message: "expected an object ({\"key\": ...}), found \(node.value.kindName)")
    }

    /// A JSON file that does not parse, in the words that help: NDJSON and a stream of objects
    /// (what `jq '.[]'` prints) are named as such; a file that cannot be read, as such.
    private static func fileIssue(_ error: JSONError, path: String, file: String) -> IngestIssue {
        if error.line == 0 { return IngestIssue(file: file, line: 0, column: 0, message: "cannot be read") }
        if let issue = longObjectIssue(error, path: path, file: file) { return issue }
        let head = bytes(of: path, at: 0, count: 4096)
        if looksLikeNDJSON(head) {
            let (line, column) = FilePlan.firstContentPosition(of: Array(head))
            return IngestIssue(file: file, line: line, column: column, message: ndjsonHint)
        }
        // A CSV file named .json fails at its first name: the file's format is the problem.
        if error.line == 1, FilePlan.firstByte(of: head).map({ ![UInt8(ascii: "["), UInt8(ascii: "{")].contains($0) }) == true,
           let csv = FilePlan.delimitedInJSON(head) {
            return IngestIssue(file: file, line: 1, column: 1, message: csv)
        }
        var issue = IngestIssue(error, file: file)
        if error.message.hasPrefix(JSONParser.Scanner.nothingAfter),
           let byte = bytes(of: path, at: error.byteOffset, count: 1).first, [UInt8(ascii: "{"), UInt8(ascii: "[")].contains(byte) {
            issue.message += "; several JSON values one after another: expected them in one array, [{...}, {...}]"
        }
        return issue
    }

    /// Up to `count` bytes of the file from `offset` on (none when it cannot be read).
    private static func bytes(of path: String, at offset: Int, count: Int) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(offset))) != nil, let data = try? handle.read(upToCount: count) else { return [] }
        return [UInt8](data)
    }

    /// Whether a file that is not one JSON text starts like NDJSON: its first line is a whole JSON
    /// object and another line starts with `{` (in a pretty-printed object, lines start with members).
    static func looksLikeNDJSON(_ head: some Collection<UInt8>) -> Bool {
        let lines = head.split(separator: 0x0A).filter { line in line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } }
        guard lines.count >= 2, let first = lines.first,
              let node = try? JSONParser.parse(Array(first)), case .object = node.value else { return false }
        return lines.dropFirst().contains { line in line.first { $0 != 0x20 && $0 != 0x09 } == UInt8(ascii: "{") }
    }

    static let ndjsonHint = "the file holds one JSON object per line (NDJSON); name it .ndjson or pass --format ndjson"

    /// How many objects inference reads.
    static let inferenceObjects = 100
}

extension JSONValue {
    /// "an array", "a string", ... for messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
