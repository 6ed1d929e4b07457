import Storage

/// Regions of different systems in one brief: UNODC's GLOTIP regions, the ILO's, UN M49's and
/// groupings of states (the EU), named with the body that defines each and how those that share
/// countries relate: one lying within another, the same countries, or overlapping.
///
/// Why a caution: UNODC's "South Asia" (without Iran) and M49's "Southern Asia" (with Iran), or
/// UNODC's "East Asia and the Pacific" and the ILO's "Asia and the Pacific", stood side by side
/// among a brief's key figures with nothing to tell them apart; a reader took 4,000 and 4,600 as
/// two sources disagreeing about one region, or added the regional rows up (a regional analyst's
/// review, session 51). Only some names carry their body in brackets ("Americas (ILO region)"),
/// and renaming the others would change every stored name a script reads.
extension ComparabilityCheck {
    /// Relations between regions of different systems beyond this many are summed up in a clause.
    static let regionRelationLimit = 12

    static func regionSystemWarnings(_ ordered: [FigureRecord], catalog: Catalog) -> [ComparabilityWarning] {
        var regions: [String] = []
        var keys: [String: [String]] = [:]
        var last = ""
        // Reading order keeps a place's figures together: one look-up per run, not per figure.
        var lastSystem: RegionSystem?
        for figure in ordered {
            if figure.place != last {
                last = figure.place
                lastSystem = catalog.places[figure.place].flatMap { RegionSystem(kind: $0.kind) }
                if lastSystem != nil && keys[figure.place] == nil { regions.append(figure.place) }
            }
            if lastSystem != nil { keys[figure.place, default: []].append(figure.key) }
        }
        let systems = Dictionary(uniqueKeysWithValues: regions.compactMap { code in
            catalog.places[code].flatMap { RegionSystem(kind: $0.kind) }.map { (code, $0) }
        })
        guard Set(systems.values).count > 1 else { return [] }
        let members = Dictionary(uniqueKeysWithValues: regions.map { ($0, Set(catalog.members[$0] ?? [])) })
        let sorted = regions.sorted { catalog.placeSortKey($0) < catalog.placeSortKey($1) }
        func name(_ code: String) -> String { Words.place(catalog.placeName(code)) }
        var relations: [String] = []
        var related = 0
        for (index, first) in sorted.enumerated() {
            for second in sorted[(index + 1)...] where systems[first] != systems[second] {
                guard let relation = relation(first, second, members: members, name: name, country: { name($0) }) else { continue }
                related += 1
                if relations.count < regionRelationLimit { relations.append(relation) }
            }
        }
        guard related > 0 else { return [] }
        let bySystem = RegionSystem.allCases.compactMap { system -> String? in
            let named = sorted.filter { systems[$0] == system }.map(name)
            guard !named.isEmpty else { return nil }
            return "\(Words.list(named)) \(named.count == 1 ? "is \(system.one)" : "are \(system.many)")"
        }
        var text = "The regions in this brief are defined by different bodies, each with its own list of countries: "
            + bySystem.joined(separator: "; ") + ". "
        // A relation may start with an article ("the Americas (ILO region) lies within ...").
        text += relations.map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }.joined(separator: " ")
        if related > relations.count {
            text += " \(Words.count(related - relations.count, "more pair")) of them share countries too."
        }
        text += " A region of one system is not a region of another under a similar name: do not add up their figures, or set "
            + "one against another as if they covered one area; compare a regional figure with those of its own system."
        return [ComparabilityWarning(kind: "places", text: text, figures: sorted.flatMap { keys[$0] ?? [] }, citations: [])]
    }

    /// How two regions relate by their countries, in words, or nil when they share none:
    /// "South Asia lies within Southern Asia, which also holds Iran", "X and Y hold the same
    /// countries", "X and Y overlap: 20 countries are in both".
    private static func relation(
        _ first: String, _ second: String, members: [String: Set<String>], name: (String) -> String, country: (String) -> String
    ) -> String? {
        let (a, b) = (members[first] ?? [], members[second] ?? [])
        guard !a.isEmpty, !b.isEmpty, !a.isDisjoint(with: b) else { return nil }
        if a == b { return "\(name(first)) and \(name(second)) hold the same countries" }
        for (inner, outer, rest) in [(first, second, b.subtracting(a)), (second, first, a.subtracting(b))]
        where (members[inner] ?? []).isSubset(of: members[outer] ?? []) {
            // A few countries are named, as a reader checks them against the source's own list.
            let others = rest.count <= 3 ? Words.list(rest.sorted().map(country)) : Words.count(rest.count, "more country", "more countries")
            return "\(name(inner)) lies within \(name(outer)), which also holds \(others)"
        }
        let shared = a.intersection(b).count
        return "\(name(first)) and \(name(second)) overlap: \(Words.count(shared, "country is", "countries are")) in both, "
            + "and each holds countries the other does not"
    }

    /// The body that defines a region, by the kind of place it is; nil for a country or the world.
    enum RegionSystem: CaseIterable {
        case unodc, ilo, m49, union

        init?(kind: String) {
            switch kind {
            case "unodc-region": self = .unodc
            case "ilo-region": self = .ilo
            case "m49-region", "m49-subregion", "m49-intermediate-region": self = .m49
            case "country-group": self = .union
            default: return nil
            }
        }

        var one: String {
            switch self {
            case .unodc: "a UNODC region (of its Global Report on Trafficking in Persons)"
            case .ilo: "an ILO region (of its global estimates)"
            case .m49: "a UN M49 region (the UN Statistics Division's standard)"
            case .union: "a union of states"
            }
        }

        var many: String {
            switch self {
            case .unodc: "UNODC regions (of its Global Report on Trafficking in Persons)"
            case .ilo: "ILO regions (of its global estimates)"
            case .m49: "UN M49 regions (the UN Statistics Division's standard)"
            case .union: "unions of states"
            }
        }
    }
}
