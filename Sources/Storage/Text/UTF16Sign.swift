/// What says text is UTF-16, not UTF-8: a UTF-16 byte order mark, or NUL bytes in the number
/// UTF-16 has (ASCII text in UTF-16 is every other byte NUL).
///
/// Why one rule: an ingest file and `tipdb sql`'s SQL are both refused as UTF-16 (Excel's
/// "Unicode Text", PowerShell's `>`), each with its own message, by the same reading of their first bytes.
public enum UTF16Sign: Sendable, Equatable {
    case byteOrderMark
    /// At least a quarter of the bytes read are NUL: UTF-16 without a mark, or no text at all.
    case nulBytes

    /// The sign in `head` (a file's first bytes), or nil when it reads as UTF-8 may; a stray NUL
    /// here and there is left to the reader, which says where it is.
    public init?(_ head: some Collection<UInt8>) {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            self = .byteOrderMark
            return
        }
        let nuls = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        guard nuls > 0 && nuls * 4 >= head.count else { return nil }
        self = .nulBytes
    }
}
