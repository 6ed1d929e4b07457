/// What `tipdb derive ctdc` should count.
public struct DeriveOptions: Sendable {
    /// The dataset name given at ingest (`--dataset`).
    public var dataset: String
    /// The dataset version; nil for the latest.
    public var version: Int?
    /// The dimensions to count by, each once, in any order.
    public var dimensions: [CaseDimension]
    /// Counts below this are stored and shown as `<minCell`, never exactly. CTDC's own rule is 11.
    public var minCell: Int
    /// Compute and report, write nothing.
    public var dryRun: Bool

    public static let defaultMinCell = 11

    public init(dataset: String, version: Int? = nil, dimensions: [CaseDimension], minCell: Int = defaultMinCell, dryRun: Bool = false) {
        self.dataset = dataset
        self.version = version
        self.dimensions = dimensions
        self.minCell = minCell
        self.dryRun = dryRun
    }
}
