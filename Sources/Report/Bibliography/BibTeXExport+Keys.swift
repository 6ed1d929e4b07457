extension BibTeXExport {
    /// The BibTeX key of each source key, unique without regard to case: of keys that differ only
    /// in case, the one loaded first (`keys` is in load order: `sources.id`) keeps its own, each
    /// later one gets `-2`, `-3`, ... (`ilo-2005-2`), the first such key no source has.
    ///
    /// Why: BibTeX compares keys without case, so `ILO-2005` and `ilo-2005` were one entry given
    /// twice ("Repeated entry"), and biber kept only the first; tipdb keys are compared as written,
    /// and existing data may hold both. Worked out over every key of the database, not only those
    /// listed, so that a source keeps the same BibTeX key whichever filters select it; and by load
    /// order, not byte order, so that it keeps it when a source is added: by byte order, a new
    /// `ILO-2005-global-alliance` took the key the centre's papers cite the ILO report by, and the
    /// report became `ilo-2005-global-alliance-2`, so every `\cite` pointed at the new source
    /// (review of session 48).
    ///
    /// - Returns: only the source keys written differently, with the key each is written as.
    public static func renamedKeys(_ keys: [String]) -> [String: String] {
        var taken = Set(keys.map { $0.lowercased() })
        var seen: Set<String> = []
        var renamed: [String: String] = [:]
        for key in keys {
            // The first of its group keeps its key.
            if seen.insert(key.lowercased()).inserted { continue }
            var number = 2
            while taken.contains("\(key)-\(number)".lowercased()) { number += 1 }
            let written = "\(key)-\(number)"
            renamed[key] = written
            taken.insert(written.lowercased())
        }
        return renamed
    }
}
