import Storage

/// A JSON value that keeps the order of object members and the exact text of numbers.
///
/// Foundation's JSONSerialization forgets member order and turns numbers into `NSNumber`, whose
/// printing differs between platforms. Exports (CSL-JSON) and template data must come out the
/// same every time, so tipdb reads and writes JSON through this small type instead.
public indirect enum JSONTree: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, as the text it was written with (`2013`, `0.95`).
    case number(String)
    case string(String)
    case array([JSONTree])
    case object([(String, JSONTree)])

    public static func == (lhs: JSONTree, rhs: JSONTree) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b || (Double(a) != nil && Double(a) == Double(b))
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// A number from an integer.
    public static func integer(_ value: Int) -> JSONTree { .number(String(value)) }

    /// The member `name` of an object, or nil.
    public subscript(_ name: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == name }?.1
    }

    // MARK: Writing

    /// The value on one line, without spaces.
    public var compact: String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// The value indented by two spaces per level, members in their order.
    public var pretty: String {
        var out = ""
        write(to: &out, indent: "  ", level: 0)
        return out
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): JSONString.append(text, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                Self.newline(&out, indent, level + 1)
                item.write(to: &out, indent: indent, level: level + 1)
            }
            Self.newline(&out, indent, level)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                Self.newline(&out, indent, level + 1)
                JSONString.append(member.0, to: &out)
                out += indent == nil ? ":" : ": "
                member.1.write(to: &out, indent: indent, level: level + 1)
            }
            Self.newline(&out, indent, level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n" + String(repeating: indent, count: level)
    }

}
