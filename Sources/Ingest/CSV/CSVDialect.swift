/// The delimiter convention of a delimited text file.
///
/// Both dialects read a field that starts with `"` as RFC 4180 quoting: it runs to the matching
/// closing `"`, may contain delimiters and line breaks, and writes a literal quote as `""`. That
/// is how spreadsheets write both CSV and TSV when a cell holds a delimiter, a line break or a
/// quote. They differ on a quote after a field's first byte (`said "27.6 million" people`): in
/// CSV it is a defect of its row, since a CSV writer would have quoted the field; in TSV it is
/// text, since TSV as most tools write it (and as IANA defines it) has no quoting, and a TSV
/// writer that quotes would have started the field with a quote. Reading it as text is then the
/// only reading the producing tool can have meant.
public enum CSVDialect: Hashable, Sendable, CaseIterable {
    /// Comma-separated values (`,`).
    case csv
    /// Tab-separated values (`\t`).
    case tsv

    /// Whether a quote after a field's first byte is text rather than a defect (see the type's
    /// documentation).
    public var quoteInsideFieldIsData: Bool { self == .tsv }

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
