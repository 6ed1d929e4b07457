/// The file formats `tipdb ingest` reads.
public enum InputFormat: String, CaseIterable, Codable, Sendable {
    case csv
    case tsv
    case json
    case ndjson
    case cslJSON = "csl-json"
    /// UNODC's GLOTIP data export (two preamble lines, then a header): figures.
    case glotip
    /// CTDC case-level data, the Global Dataset or the Global Synthetic Dataset: one row per person.
    case ctdc
    /// An Our World in Data grapher CSV (`Entity,Code,Year,<indicator>...`): figures.
    case owid

    /// The format a file name's extension implies, if any.
    public static func fromExtension(of path: String) -> InputFormat? {
        switch path.split(separator: ".").last?.lowercased() {
        case "csv": .csv
        case "tsv", "tab": .tsv
        case "json": .json
        case "ndjson", "jsonl": .ndjson
        default: nil
        }
    }
}
