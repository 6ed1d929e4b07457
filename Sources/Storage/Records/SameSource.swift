import Foundation

/// When two sources without a shared DOI are one publication: the same title, year and authors
/// (or publisher, for a work without authors), compared as `key(title:published:authors:publisher:)`
/// writes them, with dates that do not contradict each other.
///
/// Why: `same-doi` was the only rule for a publication loaded under two keys, and most sources in
/// this field have no DOI (none of the Fixtures' eleven has one): ILO 2005 loaded again under a
/// short key passed `tipdb check`, and the brief cited one report as "ILO 2005a [3]" and "ILO
/// 2005b [4]", showed its number twice and counted them as two sources (review of session 48).
public enum SameSource {
    /// The sources the rule compares, with the columns it reads (key, batch_id, title, published,
    /// authors, publisher, doi, and the CSL record's version): all but a dataset loader's, which
    /// are one per file, told apart by the file's SHA-256, not by their titles.
    static let comparedSQL = "SELECT key, batch_id, title, published, authors, publisher, doi, "
        + "CASE WHEN json_valid(csl) THEN csl ->> '$.version' END AS version FROM sources "
        + "WHERE batch_id NOT IN (SELECT id FROM ingest_batches WHERE format IN ('glotip', 'ctdc', 'owid'))"

    /// `A Global Alliance Against Forced Labour.` → `a global alliance against forced labour`: the
    /// words of `text` without case, accents or punctuation, one space between them.
    static func words(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// The publication a source names, as compared: title and authors (or publisher), each by
    /// `words`; the dates are compared apart (`datesAgree`), so that a source typed without its
    /// date is still compared.
    static func key(title: String, authors: String?, publisher: String?) -> String {
        let names = (authors?.isEmpty == false ? authors : publisher).map(words) ?? ""
        return [words(title), names].joined(separator: "\u{1F}")
    }

    /// Whether two dates may name one publication: equal, or one a prefix of the other (`2005`
    /// and `2005-06`); two full dates that differ are two releases (a dataset's spring and autumn
    /// files). A missing date agrees with any.
    static func datesAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// The groups of two or more `sources` that are one publication by this rule and share no DOI
    /// (`same-doi` names those; two different DOIs are two publications), each with its keys in key
    /// order, the groups in order of their first key. Two different versions (a CSL record's
    /// `version`, compared as `SameSource.words` writes them) are two publications too: the CTDC's
    /// synthetic data 2.0 and 2.1 share title, year and publisher, and are cited apart by version
    /// (review of session 52).
    ///
    /// A source without a date joins the one group of dated sources it agrees with; with none, the
    /// other undated ones; with two or more (the 2019 and 2020 editions of an annual report), none,
    /// since it cannot be told which it is. Why compared at all: the source `tipdb ingest --help`'s
    /// example gives, loaded after the Fixtures, stored ILO 2005 again without a word, and the
    /// brief counted "ILO n.d." and "ILO 2005" as two sources (review of session 49).
    public static func groups(
        _ sources: some Sequence<(key: String, title: String, published: String?, authors: String?, publisher: String?, doi: String?, version: String?)>
    ) -> [[String]] {
        typealias Candidate = (key: String, published: String?, doi: String?, version: String?)
        var byKey: [String: [Candidate]] = [:]
        for source in sources {
            let key = key(title: source.title, authors: source.authors, publisher: source.publisher)
            let version = source.version.map(words).flatMap { $0.isEmpty ? nil : $0 }
            byKey[key, default: []].append((source.key, source.published, SameDOI.key(source.doi), version))
        }
        func agree(_ group: [Candidate], _ candidate: Candidate) -> Bool {
            group.allSatisfy {
                datesAgree($0.published, candidate.published) && ($0.doi == nil || candidate.doi == nil)
                    && ($0.version == nil || candidate.version == nil || $0.version == candidate.version)
            }
        }
        var groups: [[String]] = []
        for candidates in byKey.values where candidates.count > 1 {
            let sorted = candidates.sorted { $0.key < $1.key }
            // Each dated source joins the first group it agrees with in date and DOI.
            var split: [[Candidate]] = []
            for candidate in sorted where candidate.published != nil {
                if let index = split.firstIndex(where: { agree($0, candidate) }) { split[index].append(candidate) } else { split.append([candidate]) }
            }
            var undated: [[Candidate]] = []
            for candidate in sorted where candidate.published == nil {
                let agreeing = split.indices.filter { agree(split[$0], candidate) }
                if agreeing.count == 1 {
                    split[agreeing[0]].append(candidate)
                } else if agreeing.isEmpty {
                    if let index = undated.firstIndex(where: { agree($0, candidate) }) { undated[index].append(candidate) } else { undated.append([candidate]) }
                }
            }
            groups += (split + undated).filter { $0.count > 1 }.map { $0.map(\.key).sorted() }
        }
        return groups.sorted { ($0.first ?? "") < ($1.first ?? "") }
    }
}

extension Database {
    /// The groups of sources that `SameSource` takes for one publication (`SameSource.groups`),
    /// over every source it compares: what the brief's data gaps count as one source, as `tipdb
    /// check`'s `same-source-twice` names them.
    public func sameSourceGroups() throws -> [[String]] {
        SameSource.groups(try rows(SameSource.comparedSQL).compactMap { row in
            guard let key = row.string("key"), let title = row.string("title") else { return nil }
            return (key, title, row.string("published"), row.string("authors"), row.string("publisher"), row.string("doi"), row.string("version"))
        })
    }
}
