extension SourceLabel {
    /// A source's label among others and the letter its year takes there: `UNODC 2024a` and `a`,
    /// `A. Ray 2023` and "" (the reference entry, `Ray, Ann (2023)`, names her in full).
    public struct Lettered: Sendable, Equatable {
        public let label: String
        public let letter: String

        public init(label: String, letter: String) {
            self.label = label
            self.letter = letter
        }
    }

    /// The labels of `sources`, unique among them, as author-date styles (APA, Chicago) make them:
    /// where works of different first authors share a label (`Ray 2023` for "Ray, Ann" and "Ray,
    /// Bob"), the first author's initials tell them apart (`A. Ray 2023`, `B. Ray 2023`), or the
    /// given name in full where the initials are the same too (`Ann Ray 2023`, `Amy Ray 2023`);
    /// only works the names cannot tell apart get year letters (`UNODC 2024a`, `UNODC 2024b`;
    /// `Ray et al. 2023a` where only a later author differs), in bibliography order (`precedes`),
    /// so that `report sources` lists 2024a before 2024b.
    ///
    /// Why not letters for all of them, as before session 45: "2023a" and "2023b" tell a reader
    /// one author wrote both, and a fact-checker looks for the wrong person's second paper.
    /// Only sources sharing a short label are compared: a label no other source shares stays as
    /// it was, and so does `short_label`, which is always the plain `short`.
    public static func lettered(_ sources: [String: Source]) -> [String: Lettered] {
        // Every source listed: each short label no other shares stays plain, the rest as their group letters them.
        lettered(listed: Set(sources.keys), among: sources)
    }

    /// The labels a document listing the sources `keys` gives them: a source whose short label
    /// no other listed source shares goes without initials or letter (`UNODC 2024`, `Ray 2023`),
    /// even where the database has more; the others keep the labels `lettered` gives them among
    /// `all`, the database's sources, which `source_labels.label` stores.
    ///
    /// Why the database's and not letters of their own: a brief citing the first and third
    /// "Smith 2019" lettered them `a` and `b`, and its "Smith 2019b" was another source in SQL,
    /// search and the lineage (review of session 45). Letters with a gap (`2019a`, `2019c`) are
    /// the price of one label per source everywhere.
    public static func lettered(listed keys: Set<String>, among all: [String: Source]) -> [String: Lettered] {
        var byShort: [String: [String]] = [:]
        for key in keys {
            if let source = all[key] { byShort[short(source), default: []].append(key) }
        }
        var result: [String: Lettered] = [:]
        var shared: Set<String> = []
        for (shortLabel, members) in byShort {
            if members.count == 1 { result[members[0]] = Lettered(label: shortLabel, letter: "") } else { shared.insert(shortLabel) }
        }
        guard !shared.isEmpty else { return result }
        var groups: [String: [Source]] = [:]
        for source in all.values {
            let shortLabel = short(source)
            if shared.contains(shortLabel) { groups[shortLabel, default: []].append(source) }
        }
        for (shortLabel, group) in groups {
            for (key, lettered) in lettered(group: group, short: shortLabel) where keys.contains(key) { result[key] = lettered }
        }
        return result
    }

    /// The labels of `group`, sources sharing the short label `shortLabel`.
    private static func lettered(group: [Source], short shortLabel: String) -> [String: Lettered] {
        guard group.count > 1 else {
            return group.first.map { [$0.key: Lettered(label: shortLabel, letter: "")] } ?? [:]
        }
        // Fuller names only among sources still sharing a label whose first authors differ.
        var labels = Dictionary(group.map { ($0.key, shortLabel) }) { first, _ in first }
        for form in [NameForm.initials, .full] {
            for sharing in Dictionary(grouping: group, by: { labels[$0.key] ?? shortLabel }).values
            where Set(sharing.map(firstAuthor)).count > 1 {
                for source in sharing { labels[source.key] = label(source, naming: form) }
            }
        }
        var result: [String: Lettered] = [:]
        for (label, sharing) in Dictionary(grouping: group, by: { labels[$0.key] ?? shortLabel }) {
            let sorted = sharing.sorted(by: precedes)
            for (index, source) in sorted.enumerated() {
                // APA joins a letter to "in press" with a hyphen, `in press-a`: `in pressa` read as a typo.
                let letter = sorted.count == 1 ? "" : (source.isInPress ? "-" : "") + yearLetter(index)
                result[source.key] = Lettered(label: label + letter, letter: letter)
            }
        }
        return result
    }

    /// `a` to `z`, then `aa`, `ab`, ... `az`, `ba`, ... (`index` from 0), as citeproc-js and
    /// Zotero letter a 27th work: `97 + index % 26` gave the 27th work the first one's `a`.
    static func yearLetter(_ index: Int) -> String {
        var rest = index + 1
        var letters = ""
        while rest > 0 {
            rest -= 1
            letters = String(UnicodeScalar(UInt8(97 + rest % 26))) + letters  // 97...122: a to z
            rest /= 26
        }
        return letters
    }

    /// Who a source's label names first, to tell whether two sources sharing a label are by one
    /// first author: the first lead name, without case or repeated spaces.
    private static func firstAuthor(_ source: Source) -> String {
        (leadNames(source).first ?? source.key).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
