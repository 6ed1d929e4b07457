/// The rows of both subgroup checks of one audit (`subgroup-above-total`, `parts-above-total`),
/// read once: each reading of the figures table in units that add up costs as much as both rules.
final class SubgroupScan {
    private var found: (above: [(text: String, keys: [String])], sums: [(text: String, keys: [String])])?

    /// The audit's subgroup rows with the keys each names, read on the first call.
    func findings(of audit: Audit) throws -> (above: [(text: String, keys: [String])], sums: [(text: String, keys: [String])]) {
        if let found { return found }
        let findings = try audit.subgroupFindingRows()
        found = findings
        return findings
    }
}
