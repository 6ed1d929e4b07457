extension BibTeXExport {
    /// The BibTeX key of each source key, unique without regard to case: the first key of a group
    /// that differs only in case (by byte order, `ILO-2005` before `ilo-2005`) keeps its own, each
    /// later one gets `-2`, `-3`, ... (`ilo-2005-2`), the first such key no source has.
    ///
    /// Why: BibTeX compares keys without case, so `ILO-2005` and `ilo-2005` were one entry given
    /// twice ("Repeated entry"), and biber kept only the first; tipdb keys are compared as written,
    /// and existing data may hold both. Worked out over every key of the database, not only those
    /// listed, so that a source keeps the same BibTeX key whichever filters select it.
    ///
    /// - Returns: only the source keys written differently, with the key each is written as.
    public static func renamedKeys(_ keys: some Collection<String>) -> [String: String] {
        var taken = Set(keys.map { $0.lowercased() })
        var seen: Set<String> = []
        var renamed: [String: String] = [:]
        for key in keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
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
