/// The rows of both subgroup checks of one audit (`subgroup-above-total`, `parts-above-total`),
/// read once: each reading of the figures table in units that add up costs as much as both rules.
final class SubgroupScan {
    private var found: (above: [String], sums: [String])?

    /// The audit's subgroup rows, read on the first call.
    func findings(of audit: Audit) throws -> (above: [String], sums: [String]) {
        if let found { return found }
        let findings = try audit.subgroupFindings()
        found = findings
        return findings
    }
}
