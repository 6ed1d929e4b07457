extension FilePlan {
    /// `plans` with their GLOTIP exports in export-date order, each taking the place of one of
    /// them, and every other file where it was.
    ///
    /// Why: an export older than the latest vintage is refused, so `new.csv old.csv` in one
    /// command was rejected with "older than vintage 1 ... already loaded", that vintage being
    /// the newer file of the same rejected command. The preamble dates each export, so the
    /// command can load them as they were released. Exports whose date the preamble does not give
    /// (or not readably) leave the order as given: their date depends on `--released` or the
    /// file's modification date, and their own loading reports what is wrong.
    static func glotipInReleaseOrder(_ plans: [FilePlan]) -> [FilePlan] {
        let positions = plans.indices.filter { plans[$0].format == .glotip }
        guard positions.count > 1 else { return plans }
        var dated: [(date: String, plan: FilePlan)] = []
        for position in positions {
            guard let file = try? GLOTIPFile(path: plans[position].path), case .date(let date) = file.exportDate else { return plans }
            dated.append((date, plans[position]))
        }
        let ordered = dated.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element.plan)
        var result = plans
        for (position, plan) in zip(positions, ordered) { result[position] = plan }
        return result
    }
}
