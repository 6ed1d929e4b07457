import Foundation
import Storage

extension FilePlan {
    /// `plans` with their GLOTIP exports and their CTDC files each in release order, every such
    /// file taking the place of one of its format, and every other file where it was.
    ///
    /// Why: an export or dataset version older than the latest one loaded is refused, so
    /// `new.csv old.csv` in one command was rejected with "older than vintage 1 ... already
    /// loaded" (or "before the release of version 1 ... already loaded"), that vintage or version
    /// being the newer file of the same rejected command. The command knows each file's date, so
    /// it loads them as they were released.
    static func inReleaseOrder(_ plans: [FilePlan], options: IngestOptions) -> [FilePlan] {
        ctdcInReleaseOrder(glotipInReleaseOrder(plans), options: options)
    }

    /// The GLOTIP exports in the order of their preamble dates. Exports whose date the preamble
    /// does not give (or not readably) leave the order as given: their date depends on
    /// `--released` or the file's modification date, and their own loading reports what is wrong.
    static func glotipInReleaseOrder(_ plans: [FilePlan]) -> [FilePlan] {
        let positions = plans.indices.filter { plans[$0].format == .glotip }
        guard positions.count > 1 else { return plans }
        var dated: [(date: String, plan: FilePlan)] = []
        for position in positions {
            guard let file = try? GLOTIPFile(path: plans[position].path), case .date(let date) = file.exportDate else { return plans }
            dated.append((date, plans[position]))
        }
        return placing(dated, at: positions, in: plans)
    }

    /// The CTDC files in the order of their modification times, which date them when neither
    /// `--released` nor `--source` gives the release (both give every file of the command the
    /// same date, which no order can contradict: the files then keep the order given, which is
    /// the order of their version numbers). Versions are numbered in loading order, so the
    /// oldest file becomes the lowest version, as it would have loaded first on its own.
    static func ctdcInReleaseOrder(_ plans: [FilePlan], options: IngestOptions) -> [FilePlan] {
        guard options.released == nil, options.source == nil else { return plans }
        let positions = plans.indices.filter { plans[$0].format == .ctdc }
        guard positions.count > 1 else { return plans }
        var dated: [(date: String, plan: FilePlan)] = []
        for position in positions {
            guard let modified = try? FileManager.default.attributesOfItem(atPath: plans[position].path)[.modificationDate] as? Date
            else { return plans }
            dated.append((Timestamp.string(from: modified), plans[position]))
        }
        return placing(dated, at: positions, in: plans)
    }

    /// `plans` with the plans of `dated` sorted by date (ties in the order given) at `positions`.
    private static func placing(_ dated: [(date: String, plan: FilePlan)], at positions: [Int], in plans: [FilePlan]) -> [FilePlan] {
        let ordered = dated.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element.plan)
        var result = plans
        for (position, plan) in zip(positions, ordered) { result[position] = plan }
        return result
    }
}
