/// How `same-figure-twice` and the brief's same-figure caution tell figures of one source apart by
/// their study, once the other fields (measure, place, period by its days, subgroup, unit, method,
/// a share's notes) are the same.
///
/// Why a figure without a study joins those with one: a row typed by hand often leaves the `study`
/// cell empty, and `236 billion` of study `ilo-2024-profits-estimate` against `3.2 billion` with no
/// study was two figures to the rule, so the typo became the brief's key figure (its key sorted
/// first) without a word (user walkthrough, session 33). An empty study says nothing about which
/// data collection the number is from; two studies named, and different, do: two estimates of one
/// source that differ in study are not a typo, and stay apart.
public enum SameFigureStudies {
    /// The groups of two or more among figures alike in every field but their study (`studies`,
    /// nil or empty for none), as indices into `studies`, each in ascending order, the groups in
    /// the order of their first index.
    ///
    /// The figures that name no study make one group when none names one; otherwise they join
    /// the group of each study named (with two studies, a figure without one may be either's,
    /// so it is listed with both), and a study's figures alone form a group only when two or
    /// more name it.
    public static func groups(_ studies: [String?]) -> [[Int]] {
        let unnamed = studies.indices.filter { studies[$0]?.isEmpty ?? true }
        var named: [(study: String, members: [Int])] = []
        for index in studies.indices {
            guard let study = studies[index], !study.isEmpty else { continue }
            if let slot = named.firstIndex(where: { $0.study == study }) {
                named[slot].members.append(index)
            } else {
                named.append((study, [index]))
            }
        }
        guard !named.isEmpty else { return unnamed.count >= 2 ? [unnamed] : [] }
        return named.map { ($0.members + unnamed).sorted() }.filter { $0.count >= 2 }.sorted { $0[0] < $1[0] }
    }

    /// What a group that mixes figures with and without a study says about it, or nil when all
    /// name the same study or none does: `no study given for a-typo; study ilo-2024-profits-estimate
    /// for ilo-2024-wld` (keys and studies of one group, in the group's order).
    ///
    /// Why say it: the rule otherwise compares studies, so the reader should see why two figures
    /// whose rows differ there are named as one, and which row lacks the cell.
    public static func note(keys: [String], studies: [String?]) -> String? {
        let without = zip(keys, studies).filter { $0.1?.isEmpty ?? true }.map(\.0)
        guard !without.isEmpty, without.count < keys.count else { return nil }
        let study = studies.lazy.compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let with = zip(keys, studies).filter { !($0.1?.isEmpty ?? true) }.map(\.0)
        return "no study given for \(EnglishList.joined(without)); study \(study) for \(EnglishList.joined(with))"
    }
}
