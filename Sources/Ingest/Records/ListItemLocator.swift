/// Finds where each element of a `;` list field starts in the file, so that an unknown place in
/// `places` is reported at its own column, not at the start of the field.
///
/// Readers keep only a field's start; the positions of its characters are worked out again from
/// the record's raw text, and only when an element is refused: a CSV field may be quoted, with
/// doubled quotes and line breaks inside, and a JSON string may hold escapes (`\u00f4`) or be one
/// element of a JSON list, so a character's column is not its offset in the value.
enum ListItemLocator {
    /// One character of a field's value and where it was written.
    private struct Located {
        var scalar: Unicode.Scalar
        var line: Int
        var column: Int
    }

    /// The elements of `value` (trimmed as a whole, split at `;`, each trimmed, empty ones left
    /// out): the one definition of a list that readers and the locator share.
    ///
    /// An ASCII value (nearly every tags cell) is cut at its `;` bytes: splitting by `Character`
    /// cost some 10,000 instructions a row for `bench;generated`. Beyond ASCII a combining mark
    /// can join a `;` into one character that is not a separator, so such a value is split by
    /// characters (`itemsByCharacter`), and a test holds the two to the same result.
    static func items(of value: String) -> [String] {
        var value = value
        let ascii = value.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var items: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ";") {
                let item = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimmingWhitespace()
                if !item.isEmpty { items.append(item) }
                start = end + 1
            }
            return items
        }
        return ascii ?? itemsByCharacter(of: value)
    }

    /// `items(of:)` for any text, character by character.
    static func itemsByCharacter(of value: String) -> [String] {
        value.trimmingWhitespace().split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The elements of `field`'s value with their positions; every element at the field's start
    /// when the record's text cannot be read again.
    static func locate(_ field: InputField, in record: InputRecord) -> [ListItem] {
        let texts = items(of: field.value ?? "")
        let characters = characters(of: field, in: record)
        var items: [ListItem] = []
        var cursor = 0
        for text in texts {
            let wanted = Array(text.unicodeScalars)
            if let found = characters.flatMap({ find(wanted, in: $0, from: cursor) }) {
                let first = characters?[found]
                items.append(ListItem(text: text, line: first?.line ?? field.line, column: first?.column ?? field.column))
                cursor = found + wanted.count
            } else {
                items.append(ListItem(text: text, line: field.line, column: field.column))
            }
        }
        return items
    }

    /// The first index at or after `start` where `wanted` occurs. Elements appear in order and
    /// hold no `;`, so the first occurrence after the previous element is the element itself.
    private static func find(_ wanted: [Unicode.Scalar], in characters: [Located], from start: Int) -> Int? {
        guard !wanted.isEmpty, characters.count >= wanted.count, start <= characters.count - wanted.count else { return nil }
        for index in start...(characters.count - wanted.count)
        where (0..<wanted.count).allSatisfy({ characters[index + $0].scalar == wanted[$0] }) {
            return index
        }
        return nil
    }

    /// The value's characters as decoded from the raw text, each at its position; nil when the
    /// raw text does not hold the field where the reader said.
    private static func characters(of field: InputField, in record: InputRecord) -> [Located]? {
        let startColumn: Int
        switch record.rawLayout {
        case .unknown: return nil
        case .csv: startColumn = 1
        case .json(let column): startColumn = column
        }
        var text = stream(record.raw, line: record.line, column: startColumn)
        guard let start = text.firstIndex(where: { $0.line == field.line && $0.column == field.column }) else { return nil }
        text.removeSubrange(..<start)
        return record.rawLayout == .csv ? csvValue(text) : jsonValue(text)
    }

    /// A CSV field: unquoted up to the end of its line, or quoted with `""` for one quote.
    private static func csvValue(_ text: [Located]) -> [Located] {
        guard text.first?.scalar == "\"" else {
            return Array(text.prefix { $0.scalar != "\n" && $0.scalar != "\r" })
        }
        var value: [Located] = []
        var index = 1
        while index < text.count {
            value.append(text[index])
            if text[index].scalar == "\"" {
                // A doubled quote is one quote, at the first of the two.
                guard index + 1 < text.count, text[index + 1].scalar == "\"" else {
                    value.removeLast()
                    break
                }
                index += 1
            }
            index += 1
        }
        return value
    }

    /// A JSON string, number, or list of them (joined by `;`, as the reader joins them).
    private static func jsonValue(_ text: [Located]) -> [Located]? {
        guard let first = text.first else { return nil }
        if first.scalar == "\"" { return jsonString(text, from: 0)?.value }
        guard first.scalar == "[" else {
            return Array(text.prefix { !",}] \t\r\n".unicodeScalars.contains($0.scalar) })
        }
        var value: [Located] = []
        var index = 1
        while index < text.count {
            switch text[index].scalar {
            case "]": return value
            case ",", " ", "\t", "\r", "\n": index += 1
            case "\"":
                guard var string = jsonString(text, from: index) else { return nil }
                // An element of a JSON list starts at its quote, as a field's value does.
                if !string.value.isEmpty {
                    string.value[0].line = text[index].line
                    string.value[0].column = text[index].column
                }
                value += string.value + [Located(scalar: ";", line: 0, column: 0)]
                index = string.end
            default:
                let number = text[index...].prefix { !",] \t\r\n".unicodeScalars.contains($0.scalar) }
                guard !number.isEmpty else { return nil }
                value += number + [Located(scalar: ";", line: 0, column: 0)]
                index += number.count
            }
        }
        return nil
    }

    /// The decoded characters of the JSON string whose opening quote is at `start`, each at the
    /// position of its first raw character (an escape's backslash), and the index after it.
    private static func jsonString(_ text: [Located], from start: Int) -> (value: [Located], end: Int)? {
        var value: [Located] = []
        var index = start + 1
        while index < text.count {
            let here = text[index]
            switch here.scalar {
            case "\"": return (value, index + 1)
            case "\\":
                guard index + 1 < text.count else { return nil }
                let escape = text[index + 1].scalar
                if escape == "u" {
                    guard var code = hex(text, at: index + 2) else { return nil }
                    index += 6
                    if (0xD800..<0xDC00).contains(code), index + 1 < text.count, text[index].scalar == "\\",
                       text[index + 1].scalar == "u", let low = hex(text, at: index + 2), (0xDC00..<0xE000).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    value.append(Located(scalar: scalar, line: here.line, column: here.column))
                } else {
                    let decoded: Unicode.Scalar = switch escape {
                    case "n": "\n"
                    case "t": "\t"
                    case "r": "\r"
                    case "b": "\u{08}"
                    case "f": "\u{0C}"
                    default: escape
                    }
                    value.append(Located(scalar: decoded, line: here.line, column: here.column))
                    index += 2
                }
            default:
                value.append(here)
                index += 1
            }
        }
        return nil
    }

    /// The value of the four hexadecimal digits at `index`.
    private static func hex(_ text: [Located], at index: Int) -> UInt32? {
        guard index + 4 <= text.count else { return nil }
        return UInt32(String(String.UnicodeScalarView(text[index..<(index + 4)].map(\.scalar))), radix: 16)
    }

    /// Every character of `raw` with its position, lines ending at LF, CRLF (one) or a lone CR,
    /// as the readers count them.
    private static func stream(_ raw: String, line: Int, column: Int) -> [Located] {
        var result: [Located] = []
        var line = line
        var column = column
        var previous: Unicode.Scalar?
        for scalar in raw.unicodeScalars {
            if previous == "\r" && scalar != "\n" {
                line += 1
                column = 1
            }
            result.append(Located(scalar: scalar, line: line, column: column))
            if scalar == "\n" {
                line += 1
                column = 1
            } else if scalar != "\r" {
                column += scalar.utf16.count
            }
            previous = scalar
        }
        return result
    }
}
