/// A state that no longer exists, as older reports and datasets name it (the Soviet Union,
/// Yugoslavia): tipdb's places are today's, so such a name is refused, but with its successors
/// rather than with the nearest spellings of unrelated places.
///
/// Why a short list in code, as `SubnationalPlace`: periods go back to 1800, and a 1990s figure
/// for the USSR got "unknown place" with suggestions such as "US"; a figure for a former state
/// filed under one successor would be counted as that country alone.
struct FormerState: Sendable {
    /// The state's name, as a sentence says it.
    let name: String
    /// When it ended.
    let ended: String
    /// The codes of the states that now cover its territory.
    let successors: [String]

    private static let known: [String: FormerState] = {
        let states: [([String], FormerState)] = [
            (["USSR", "Soviet Union", "U.S.S.R.", "Union of Soviet Socialist Republics"],
             FormerState(name: "the Soviet Union", ended: "1991",
                         successors: ["ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"])),
            (["Yugoslavia", "SFR Yugoslavia", "Socialist Federal Republic of Yugoslavia"],
             FormerState(name: "Yugoslavia", ended: "1992", successors: ["BIH", "HRV", "MKD", "MNE", "SRB", "SVN", "XKX"])),
            (["Serbia and Montenegro", "Federal Republic of Yugoslavia"],
             FormerState(name: "Serbia and Montenegro", ended: "2006", successors: ["MNE", "SRB", "XKX"])),
            (["Czechoslovakia"], FormerState(name: "Czechoslovakia", ended: "1992", successors: ["CZE", "SVK"])),
            (["Netherlands Antilles"], FormerState(name: "the Netherlands Antilles", ended: "2010", successors: ["ABW", "BES", "CUW", "SXM"])),
            (["East Germany", "German Democratic Republic", "GDR"], FormerState(name: "East Germany", ended: "1990", successors: ["DEU"])),
            (["Zaire"], FormerState(name: "Zaire", ended: "1997", successors: ["COD"])),
        ]
        var known: [String: FormerState] = [:]
        for (names, state) in states {
            for name in names { known[Gazetteer.key(name)] = state }
        }
        return known
    }()

    /// The former state `text` names (any case, spaces around it ignored), or nil.
    static func named(_ text: String) -> FormerState? {
        known[Gazetteer.key(text)]
    }

    /// What to write instead, as the end of a sentence that starts with the refusal, for a
    /// place written for `record`.
    func advice(for record: PlacedRecord) -> String {
        let one = successors.count == 1
        let codes = one ? successors[0] : successors.dropLast().joined(separator: ", ") + " or " + (successors.last ?? "")
        let what = one ? "the country that now covers it, \(codes)" : "the country the \(record.noun) covers among its successors (\(codes)), or a region"
        return "\(name) ended in \(ended), and tipdb's places are today's: give \(what), and say in \(record.notes) that it \(record.verb) \(name)"
    }
}
