/// The mark every chart file tipdb writes carries, so that a later brief can tell its own stale
/// charts from a user's file of the same name.
///
/// Why a comment on the line after the XML declaration: it is at a fixed place in the first few
/// dozen bytes, so a reader need not parse the file, only look at its head; it draws nothing;
/// and a user who edits a chart and means to keep it under the same name deletes one line (the
/// comment says so). A file without it is never removed (`tipdb report brief -o`).
public enum ChartMark {
    /// The comment, with no line break.
    public static let comment = "<!-- \(tag) drawn by tipdb report brief; a later brief written to the same -o removes this file when it no longer draws it. To keep an edited copy, delete this line. -->"

    /// What a file must hold in its head to count as a chart tipdb drew.
    public static let tag = "tipdb-chart:"

    /// How many bytes of a file's head are read for the mark: the XML declaration (39 bytes)
    /// and the comment's start fit with room for a byte-order mark or a changed declaration.
    public static let headLength = 512

    /// Whether `head` (the first `headLength` bytes of a file, or fewer) carries the mark.
    public static func isCarried(in head: some Collection<UInt8>) -> Bool {
        let mark = Array("<!-- \(tag)".utf8)
        let bytes = Array(head.prefix(headLength))
        guard bytes.count >= mark.count else { return false }
        for start in 0...(bytes.count - mark.count) where bytes[start..<(start + mark.count)].elementsEqual(mark) {
            return true
        }
        return false
    }
}
