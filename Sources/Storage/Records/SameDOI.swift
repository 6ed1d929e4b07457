import Foundation

/// When two sources are one publication: they carry the same DOI, compared as `key(_:)` writes it.
///
/// Why one rule here: `tipdb check`'s `same-doi` warning and the brief's data gaps (a measure
/// whose figures all go back to one publication, loaded under two keys, rests on one source)
/// must find the same publications; two copies of the rule would drift.
public enum SameDOI {
    /// `https://doi.org/10.1000/ABC` → `10.1000/abc`: the DOI without a link or `doi:` in front,
    /// lowercased (DOIs are matched without case, the DOI Handbook says); nil for none or blanks.
    ///
    /// Why the prefixes are still taken off, though ingest (`SourceBuilder`, CSL-JSON's `DOI`
    /// too) has stored DOIs bare since its first version, which took off `https://doi.org/`,
    /// `dx.doi.org` and `doi:` and refused any other value not starting with `10.`, and though
    /// no migration has rewritten `sources.doi`: tipdb is not the only writer of its database.
    /// The `sqlite3` shell, Datasette or a Python script may insert sources (`tipdb migrate
    /// --repair` labels them), and a program using Storage writes a `Source` as given; a DOI
    /// from any of them may be a link. It is read here as ingest reads one (`DOIText.bare`).
    public static func key(_ doi: String?) -> String? {
        guard let text = doi?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        let key = DOIText.bare(text).lowercased()
        return key.isEmpty ? nil : key
    }

    /// The DOIs that two or more of `sources` share, by `key(_:)`, each with its sources' keys in
    /// key order; the DOIs in order.
    public static func groups(_ sources: some Sequence<(key: String, doi: String?)>) -> [(doi: String, keys: [String])] {
        var byDOI: [String: [String]] = [:]
        for source in sources {
            if let doi = key(source.doi) { byDOI[doi, default: []].append(source.key) }
        }
        return byDOI.filter { $0.value.count > 1 }.map { (doi: $0.key, keys: $0.value.sorted()) }.sorted { $0.doi < $1.doi }
    }
}
