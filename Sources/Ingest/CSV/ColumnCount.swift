/// How the column of a `FILE:LINE:COLUMN` position is counted: in UTF-16 code units from 1.
///
/// Why UTF-16: the column is for jumping there, and the editors analysts use jump by it: VS Code's
/// go-to (`Ctrl+G` `14:27`) and the `FILE:LINE:COLUMN` links of its terminal, JetBrains IDEs, and
/// the Language Server Protocol's positions. It is one per character for every letter of the Basic
/// Multilingual Plane, accented or not, Chinese and Japanese included; a character beyond U+FFFF
/// (an emoji, a rare CJK character) is two, as VS Code's status bar also counts an emoji; a
/// combining accent (e followed by U+0301) is one more, as the go-to reads it. Counting Unicode
/// scalars, as tipdb did, put a position after an emoji one column short of the field.
enum ColumnCount {
    /// The columns of the character a UTF-8 sequence starting with `lead` encodes.
    @inline(__always)
    static func columns(ofLead lead: UInt8) -> Int {
        lead >= 0xF0 ? 2 : 1
    }

    /// The bytes of a UTF-8 sequence of `length` bytes that add no column: all but the one
    /// column of a sequence of two or three bytes, all but the two of a four-byte one.
    @inline(__always)
    static func bytesWithoutColumn(inSequenceOf length: Int) -> Int {
        length == 4 ? 2 : length - 1
    }
}
