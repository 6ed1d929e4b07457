import Storage

/// The sources that are one publication loaded under several keys (the same DOI, `SameDOI`), as
/// the brief's data gaps count them: one publication is one source, however many keys it has.
///
/// Why: a measure whose figures all came from one publication, loaded twice (a CSV row and a
/// reference manager's item), was not listed among the measures that rest on one source; its two
/// keys counted as two independent sources. `tipdb check` warns about such keys (`same-doi`) by
/// the same rule.
struct SameDOIPublications {
    /// Each source that shares its DOI with another, to the first of the keys sharing it (in key order).
    private var firsts: [String: String] = [:]
    /// Each such source to its DOI (`SameDOI.key`).
    private var dois: [String: String] = [:]

    init(_ sources: some Sequence<Source>) {
        for group in SameDOI.groups(sources.map { (key: $0.key, doi: $0.doi) }) {
            for key in group.keys {
                firsts[key] = group.keys.first
                dois[key] = group.doi
            }
        }
    }

    /// The key that stands for `source`'s publication: the first of its keys; itself when no other shares its DOI.
    func first(_ source: String) -> String { firsts[source] ?? source }

    /// `sources` with one key for each publication, the first given of each, in their order; and
    /// the other keys, in their order.
    func oneKeyEach(_ sources: [String]) -> (keys: [String], others: [String]) {
        guard !firsts.isEmpty else { return (sources, []) }
        var seen: Set<String> = []
        var keys: [String] = []
        var others: [String] = []
        for source in sources {
            if seen.insert(first(source)).inserted { keys.append(source) } else { others.append(source) }
        }
        return (keys, others)
    }

    /// ` (ILO 2017b [2] is the same publication under another key, with the same DOI,
    /// 10.1000/xyz)`, or "" for none: said where the data gaps count one source, so that the
    /// second label a reader finds in the figures tables does not contradict it.
    func phrase(_ others: [String], context: BriefContext) -> CitedText {
        guard !others.isEmpty else { return "" }
        var named: [String] = []
        for other in others { if let doi = dois[other], !named.contains(doi) { named.append(doi) } }
        let labels = CitedText.list(others.map(context.citedLabel))
        let what = others.count == 1 ? "is the same publication under another key" : "are the same \(named.count == 1 ? "publication" : "publications") under other keys"
        return " (\(labels) \(what), with the same \(named.count == 1 ? "DOI" : "DOIs"), \(Words.list(named)))"
    }
}
