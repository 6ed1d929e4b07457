extension Audit {
    /// The message of the `same-source-twice` warning.
    static let sameSourceMessage = "sources with the same title, year and authors (or publisher), compared without case, accents or "
        + "punctuation, and no DOI or version that tells them apart: one publication loaded under two or more keys, so its figures count as "
        + "independent sources (the brief cites it twice, lettered 2005a and 2005b, and a number seems confirmed by itself); keep one "
        + "key and load the other's figures under it (as new figures, retracting the old, or as the same figures, naming that key as their "
        + "source); or, if they are two publications, give each its DOI or full date, "
        + "a data set its version (CSL-JSON's version, which the reference prints), a volume or part its title"

    /// Sources that `SameSource` takes for one publication: `ilo-2005 and ilo-2005-global-alliance: "A global alliance
    /// against forced labour", 2005`; the sources a file just loaded for ingest (`batch`), all for nil.
    ///
    /// A source withdrawn as `same-doi` and this rule advise (`withdrawnSources`) is left out, so the
    /// warning ends when the advice is followed.
    func sameSources(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        let withdrawn = try withdrawnSources()
        var sources: [(key: String, title: String, published: String?, authors: String?, publisher: String?, doi: String?, version: String?)] = []
        var batches: [String: Int64] = [:]
        var titles: [String: (title: String, year: String?)] = [:]
        try forEachRow(SameSource.comparedSQL) { statement in
            guard let key = statement.string(at: 0), !withdrawn.contains(key), let title = statement.string(at: 2) else { return }
            let published = statement.string(at: 3)
            sources.append((key, title, published, statement.string(at: 4), statement.string(at: 5), statement.string(at: 6), statement.string(at: 7)))
            batches[key] = statement.int64(at: 1)
            titles[key] = (title, published.map { String($0.prefix(4)) })
        }
        for keys in SameSource.groups(sources) {
            let loaded = keys.filter { batch != nil && batches[$0] == batch }
            guard batch == nil || !loaded.isEmpty, let first = keys.first, let title = titles[first]?.title else { continue }
            // The year of the group's dated sources; "no date" for a group of sources without one.
            let year = keys.lazy.compactMap { titles[$0]?.year }.first ?? "no date"
            let undated = keys.filter { titles[$0]?.year == nil }
            let note = undated.isEmpty || undated.count == keys.count ? "" : " (\(EnglishList.joined(undated)) without a date)"
            row("\(EnglishList.joined(keys)): \"\(title)\", \(year)\(note)", batch == nil ? keys : loaded)
        }
    }

    /// Sources no figure, study or dataset names any more, and whose figures were retracted or
    /// moved to another source: what `same-doi`'s and `same-source-twice`'s advice leaves of the
    /// key given up ("load the other's figures under it"). Before, that key kept the warning for
    /// ever, since no command removes a source (review of session 48); and a key whose figures were
    /// loaded again under the kept key's name, the most natural merge, kept it still, since only a
    /// retraction counted (a merging review, session 52): a figure's revisions keep the source it
    /// had (`figure_revisions.previous`). A source that never had a figure (a sources file loaded
    /// before its figures) is not given up, and still warns.
    func withdrawnSources() throws -> Set<String> {
        let sql = "SELECT s.key FROM sources s WHERE NOT EXISTS (SELECT 1 FROM figures f WHERE f.source = s.key) "
            + "AND NOT EXISTS (SELECT 1 FROM studies t WHERE t.source = s.key) AND NOT EXISTS (SELECT 1 FROM datasets d WHERE d.source = s.key) "
            // Past a `previous` that is not JSON (`json-not-valid`), which would stop the whole query.
            + "AND (EXISTS (SELECT 1 FROM figure_retractions r WHERE CASE WHEN json_valid(r.previous) THEN r.previous ->> 'source' END = s.key) "
            + "OR s.key IN (SELECT CASE WHEN json_valid(v.previous) THEN v.previous ->> 'source' END FROM figure_revisions v))"
        var keys = Set<String>()
        try self.keys(sql) { keys.insert($0) }
        return keys
    }
}
