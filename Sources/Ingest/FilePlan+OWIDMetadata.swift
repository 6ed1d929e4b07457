import Foundation

extension FilePlan {
    /// The metadata files among `paths` that an Our World in Data file among them reads beside
    /// itself (`X.metadata.json` next to `X.csv`), each with that file's path.
    ///
    /// Why: OWID's download holds both, and `tipdb ingest ow/*` gave the metadata as a file of its
    /// own, read as a sources file and refused (`expected an array of objects ... found an object`,
    /// or NDJSON advice for one written on one line), so nothing was loaded. The OWID loader reads
    /// it already; it is left out of the command with a note, not loaded twice. With `--metadata`,
    /// the sibling is not read, so nothing is left out.
    ///
    /// `plan` gives a path's plan (nil when it cannot be used): the caller keeps the plans it made
    /// here, so that no file's header is read twice.
    static func owidMetadata(
        among paths: [String], options: IngestOptions, plan: (String) -> FilePlan?
    ) -> [String: String] {
        guard options.metadata == nil else { return [:] }
        let suffix = ".metadata.json"
        var found: [String: String] = [:]
        for path in paths where path.lowercased().hasSuffix(suffix) {
            let sibling = FileIdentity(path: String(path.dropLast(suffix.count)) + ".csv")
            let owner = paths.first { other in
                other != path && FileIdentity(path: other) == sibling && plan(other)?.format == .owid
            }
            if let owner { found[path] = owner }
        }
        return found
    }
}
