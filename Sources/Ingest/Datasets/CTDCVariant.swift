/// CTDC's two case-level files.
enum CTDCVariant: String, Sendable {
    /// The k-anonymised Global Dataset: 63 columns, `-99` for missing, 0/1 flags, ISO alpha-2.
    case global = "ctdc-global"
    /// The Global Synthetic Dataset: 27 columns, `1`/empty flags, ISO alpha-3, merged columns.
    case synthetic = "ctdc-synthetic"

    var columns: [CTDCColumn] { self == .global ? CTDCColumn.global : CTDCColumn.synthetic }

    /// The title CTDC gives the file, for the source and citations.
    var title: String { self == .global ? "Global Dataset" : "Global Synthetic Dataset" }
}
