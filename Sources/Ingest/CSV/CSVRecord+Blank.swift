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
}
