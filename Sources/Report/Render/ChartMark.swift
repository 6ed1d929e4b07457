/// The mark every chart file tipdb writes carries, so that a later brief can tell its own stale
/// charts from a user's file of the same name, and from the charts of another brief.
///
/// Why a comment on the line after the XML declaration: it is at a fixed place in the first few
/// dozen bytes, so a reader need not parse the file, only look at its head; it draws nothing;
/// and a user who edits a chart and means to keep it under the same name deletes one line (the
/// comment says so). A file without it is never removed nor written over (`tipdb report brief -o`).
///
/// Why the brief's file name is in it: `brief.md` and `brief.markdown` in one folder name their
/// charts alike (`brief-chart-MEASURE.svg`), and one removed or replaced the other's charts.
public enum ChartMark {
    /// The comment, with no line break, for the charts of the brief written as `brief` (a file
    /// name, such as `brief.md`); without a name, the comment tipdb wrote before it named the brief.
    public static func comment(brief: String?) -> String {
        let drawn = brief.map { "drawn by tipdb report brief for \(encoded($0))" } ?? "drawn by tipdb report brief"
        return "<!-- \(tag) \(drawn); a later brief written to the same -o removes this file when it no longer draws it. "
            + "To keep an edited copy, delete this line. -->"
    }

    /// The comment without a brief's name.
    public static var comment: String { comment(brief: nil) }

    /// What a file must hold in its head to count as a chart tipdb drew.
    public static let tag = "tipdb-chart:"

    /// How many bytes of a file's head may come before the mark: the XML declaration (39 bytes)
    /// and the comment's start fit with room for a byte-order mark or a changed declaration.
    public static let headLength = 512

    /// How many bytes of a file's head are read: the mark may start at `headLength` and name a
    /// brief of 255 bytes with each byte encoded (`%XX`).
    public static let readLength = 2048

    /// Who a chart file was drawn for, by its mark.
    public enum Owner: Equatable, Sendable {
        /// A mark without a brief's name (written before names were): any brief of that stem may remove it.
        case unnamed
        /// The brief's file name as the mark spells it (`encoded(_:)`).
        case brief(String)
    }

    /// The mark's owner in `head` (the first `readLength` bytes of a file, or fewer), or nil when
    /// the mark does not start in the first `headLength` bytes.
    public static func owner(in head: some Collection<UInt8>) -> Owner? {
        let mark = Array("<!-- \(tag)".utf8)
        let bytes = Array(head.prefix(readLength))
        guard bytes.count >= mark.count else { return nil }
        let last = min(headLength, bytes.count) - mark.count
        guard last >= 0, let start = (0...last).first(where: { bytes[$0..<($0 + mark.count)].elementsEqual(mark) }) else { return nil }
        let text = String(decoding: bytes[start...], as: UTF8.self)
        let named = "<!-- \(tag) drawn by tipdb report brief for "
        guard text.hasPrefix(named) else { return .unnamed }
        let rest = text.dropFirst(named.count)
        // A name cut off by the read (it cannot be: `readLength` allows for the longest) matches no brief.
        let end = rest.range(of: "; ")?.lowerBound ?? rest.endIndex
        return .brief(String(rest[..<end]))
    }

    /// A file name as the comment holds it: `%`, `;`, `>`, a control character and a `-` after a
    /// `-` as `%XX`, since `--` may not stand in an XML comment and `; ` ends the name.
    public static func encoded(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            let special = scalar == "%" || scalar == ";" || scalar == ">" || scalar.value < 0x20 || scalar.value == 0x7F
                || (scalar == "-" && out.hasSuffix("-"))
            out += special ? "%" + String(format2: scalar.value) : String(scalar)
        }
        return out
    }
}

extension String {
    /// Two upper-case hex digits, without Foundation.
    fileprivate init(format2 value: UInt32) {
        let digits = Array("0123456789ABCDEF")
        self = String([digits[Int(value >> 4 & 0xF)], digits[Int(value & 0xF)]])
    }
}
