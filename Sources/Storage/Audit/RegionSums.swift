/// The rule behind `tipdb check`'s `regions-above-region` warning and the brief's caution about
/// regions of one system adding up to more than a region that contains them (the world among
/// them), kept in one place so that both name the same sums.
///
/// Why: `countries-above-region` sums countries against their region, but nothing summed the
/// regions that partition the world. The ILO's five regions at 15.1 + 14.1 + 3.8 + 3.6 + 0.9 =
/// 37.5 million beside a world of 27.6 million (a typo: Europe and Central Asia is 4.1 million)
/// passed ingest, check and the brief (a supply-chain analyst's review, session 53).
///
/// Only regions of one system (`places.kind`: the ILO's, UNODC's, UN M49's regions, subregions
/// or intermediate regions) are added, and only those that share no country (`place_members`),
/// taken in the order of their codes, each one that overlaps none taken before: the systems
/// overlap one another (the ILO's Arab States lie in M49's Asia and UNODC's North Africa and the
/// Middle East), so regions of two systems added would count their common countries twice. A
/// part lies wholly within the whole and is not all of it (`Place.regions(within:members:)`).
/// The sum itself is `MeasureSums.above`'s: each region at its smallest number, beyond rounding,
/// two regions at least, none alone above the whole (that one is `place-above-region`'s).
public enum RegionSums {
    /// What a region system is called in messages, by `places.kind`: `ILO regions`.
    public static func systemName(_ kind: String) -> String {
        switch kind {
        case "ilo-region": "ILO regions"
        case "unodc-region": "UNODC regions"
        case "m49-region": "UN M49 regions"
        case "m49-subregion": "UN M49 subregions"
        case "m49-intermediate-region": "UN M49 intermediate regions"
        case "country-group": "groups of countries"
        default: kind
        }
    }

    /// Of `candidates` (each a place and its kind, in one slot beside the whole), the indexes of
    /// the parts of `whole` to add, one list per system with two places or more, by kind: regions
    /// of that system lying wholly within `whole` and not all of it, sharing no country with one
    /// taken before them in the order of their codes. A place given twice (two figures) is kept
    /// each time: `MeasureSums.above` keeps its smallest figure.
    ///
    /// - Parameter members: each region's countries (`place_members`).
    public static func parts(
        of whole: String, candidates: [(place: String, kind: String)], members: [String: Set<String>]
    ) -> [(kind: String, indexes: [Int])] {
        guard let outer = members[whole], !outer.isEmpty else { return [] }
        var byKind: [String: [Int]] = [:]
        for (index, candidate) in candidates.enumerated()
        where candidate.kind != "country" && candidate.kind != "world" && candidate.place != whole {
            guard let inner = members[candidate.place], !inner.isEmpty, inner.count < outer.count, inner.isSubset(of: outer) else { continue }
            byKind[candidate.kind, default: []].append(index)
        }
        var result: [(kind: String, indexes: [Int])] = []
        for kind in byKind.keys.sorted() {
            guard let indexes = byKind[kind] else { continue }
            let ordered = indexes.sorted { candidates[$0].place.utf8.lexicographicallyPrecedes(candidates[$1].place.utf8) }
            var taken: [String] = [], covered = Set<String>(), chosen: [Int] = []
            for index in ordered {
                let place = candidates[index].place
                if taken.contains(place) {
                    chosen.append(index)
                    continue
                }
                guard let inner = members[place], inner.isDisjoint(with: covered) else { continue }
                covered.formUnion(inner)
                taken.append(place)
                chosen.append(index)
            }
            if taken.count >= 2 { result.append((kind, chosen)) }
        }
        return result
    }
}
