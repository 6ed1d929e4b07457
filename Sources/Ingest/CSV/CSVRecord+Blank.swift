extension CSVRecord {
    /// Whether field `index` holds nothing but the spaces `trimmingWhitespace` removes (no-break
    /// and ideographic spaces included). Read from the bytes: for nearly every field the first
    /// byte that is not an ASCII space answers, and only one that is not ASCII is decoded.
    func isBlank(at index: Int) -> Bool {
        withUTF8(at: index) { bytes in
            guard let other = bytes.first(where: { !$0.isTrimmedSpace }) else { return true }
            guard other >= 0xC2 else { return false }
            return String(decoding: bytes, as: UTF8.self).trimmingWhitespace().isEmpty
        }
    }

    /// Whether the record carries no data: a blank line, one of spaces only, or a row of empty
    /// cells (`,,,` that a spreadsheet writes below the data, tabs in TSV).
    ///
    /// The one rule every reader follows, so that the README's promise holds for figures files
    /// and bulk exports alike: such a row is skipped, not counted, and never refused. Read from
    /// the bytes and stopped at the first field that holds something: nearly every row ends at
    /// its first field.
    var isBlankRow: Bool {
        (0..<count).allSatisfy { isBlank(at: $0) }
    }
}
