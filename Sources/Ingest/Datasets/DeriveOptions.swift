import Storage

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

extension DeriveOptions {
    /// Throws the usage error for a `--dataset` or `--dataset-version` that `db` does not hold.
    ///
    /// Why on its own: a derivation finds the dataset inside its write transaction, so on a
    /// database this process may only read, the refused write hid the name the user has to fix
    /// first (exit 2 "read-only" instead of 64 "unknown dataset"). This only reads.
    ///
    /// - Throws: `DeriveError.unknownDataset` or `.unknownVersion`.
    public func checkDataset(in db: Database) throws(DeriveError) {
        _ = try DatasetVersion.find(dataset, version: version, in: db)
    }
}
