import Storage

/// The sources that are one publication loaded under several keys, as the brief's data gaps count
/// them: one publication is one source, however many keys it has. Two rules find them, the ones
/// `tipdb check` warns by: the same DOI (`SameDOI`, `same-doi`), and, with no DOI to tell them
/// apart, the same title, year and authors (`SameSource`, `same-source-twice`).
///
/// Why: a measure whose figures all came from one publication, loaded twice (a CSV row and a
/// reference manager's item), was not listed among the measures that rest on one source; its two
/// keys counted as two independent sources. Keys without a DOI still did after check learnt to warn
/// about them (review of session 48).
struct SamePublications {
    /// Why two keys are taken for one publication, as the brief says it.
    private enum Reason: Equatable {
        case doi(String)
        case titleYearAuthors
    }

    /// Each source that is one publication with another, to the first of its keys (in key order).
    private var firsts: [String: String] = [:]
    /// Each such source to why.
    private var reasons: [String: Reason] = [:]

    /// - Parameter sameSource: `SameSource`'s groups (`Database.sameSourceGroups`); a key already
    ///   in a DOI's group stays there.
    init(_ sources: some Sequence<Source>, sameSource: [[String]] = []) {
        for group in SameDOI.groups(sources.map { (key: $0.key, doi: $0.doi) }) {
            for key in group.keys {
                firsts[key] = group.keys.first
                reasons[key] = .doi(group.doi)
            }
        }
        for group in sameSource {
            let keys = group.filter { firsts[$0] == nil }
            guard keys.count > 1 else { continue }
            for key in keys {
                firsts[key] = keys.first
                reasons[key] = .titleYearAuthors
            }
        }
    }

    /// The key that stands for `source`'s publication: the first of its keys; itself when it has no other.
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

    /// Why `sources`, two keys or more, are one publication (`the same DOI, 10.1000/xyz`), or nil
    /// when they are not all one: a competing-estimates caution among them is no disagreement.
    func onePublication(_ sources: [String]) -> String? {
        var keys: [String] = []
        for source in sources where !keys.contains(source) { keys.append(source) }
        guard keys.count > 1, let first = keys.first.map(first), keys.allSatisfy({ self.first($0) == first }) else { return nil }
        switch reasons[keys[0]] {
        case .doi(let doi)?: return "the same DOI, \(doi)"
        case .titleYearAuthors?: return "the same title, year and authors (or publisher)"
        case nil: return nil
        }
    }

    /// ` (ILO 2017b [2] is the same publication under another key, with the same DOI,
    /// 10.1000/xyz)`, ` (ILO 2005b [4] is the same publication under another key, with the same
    /// title, year and authors)`, or "" for none: said where the data gaps count one source, so
    /// that the second label a reader finds in the figures tables does not contradict it.
    func phrase(_ others: [String], context: BriefContext) -> CitedText {
        guard !others.isEmpty else { return "" }
        var dois: [String] = []
        var byTitle = false
        for other in others {
            switch reasons[other] {
            case .doi(let doi)?: if !dois.contains(doi) { dois.append(doi) }
            case .titleYearAuthors?: byTitle = true
            case nil: break
            }
        }
        let publications = dois.count + (byTitle ? 1 : 0)
        let labels = CitedText.list(others.map(context.citedLabel))
        let what = others.count == 1 ? "is the same publication under another key" : "are the same \(publications == 1 ? "publication" : "publications") under other keys"
        let why = (dois.isEmpty ? [] : ["the same \(dois.count == 1 ? "DOI" : "DOIs"), \(Words.list(dois))"])
            + (byTitle ? ["the same title, year and authors (or publisher)"] : [])
        return " (\(labels) \(what), with \(Words.list(why)))"
    }
}
