/// The delimiter convention of a delimited text file.
///
/// Both dialects use RFC 4180 quoting: a field that starts with `"` runs to the matching closing
/// `"`, may contain delimiters and line breaks, and writes a literal quote as `""`. TSV files in
/// the wild are often written without any quoting; treating quotes the same way in both dialects
/// means such a file with a stray `"` is rejected with a precise position rather than being read
/// one way here and another way by the tool that produced it.
public enum CSVDialect: Hashable, Sendable, CaseIterable {
    /// Comma-separated values (`,`).
    case csv
    /// Tab-separated values (`\t`).
    case tsv

    /// The delimiter byte.
    ///
    /// Both delimiters are ASCII, so a delimiter byte can never be part of a multi-byte UTF-8
    /// character, which is what lets the reader split fields on raw bytes without decoding.
    public var delimiter: UInt8 {
        switch self {
        case .csv: UInt8(ascii: ",")
        case .tsv: UInt8(ascii: "\t")
        }
    }
}
