/// A grouping of countries that tipdb holds no place for, as reports name it: the World Bank's
/// regions (`East Asia & Pacific`) and regional bodies (`ASEAN`, `SAARC`). Such a name is refused
/// saying whose grouping it is, with no "did you mean" that offers another body's region.
///
/// Why a short list in code, as `FormerState`: `East Asia & Pacific`, the World Bank's set (with
/// Taiwan and the US and French Pacific territories), was offered UNODC's "East Asia and Pacific"
/// and the ILO's "Asia & Pacific", and `ASEAN` (10 member states) was offered M49's Asia (51
/// countries); a figure filed under the suggestion is counted as another set of countries (a
/// regional analyst's review, session 51).
struct OtherGrouping: Sendable {
    /// Whose grouping it is and what it is, as a sentence says it after "it is".
    let what: String
    /// The places tipdb holds that readers take for it, with how they differ; empty for none.
    let unlike: String
    /// The member countries' codes, where the membership is short and settled; empty otherwise.
    let members: [String]

    private static let known: [String: OtherGrouping] = {
        let worldBank = "the World Bank's name for its own region, which tipdb does not hold"
        let groupings: [([String], OtherGrouping)] = [
            (["East Asia & Pacific", "East Asia & the Pacific"],
             OtherGrouping(what: worldBank + " (it counts Taiwan and the US and French Pacific territories)",
                           unlike: "UNODC's East Asia and the Pacific (UNODC-EAST-ASIA-PACIFIC) and the ILO's Asia and the Pacific (ILO-ASIA-PACIFIC) are other sets of countries",
                           members: [])),
            (["Europe & Central Asia"],
             OtherGrouping(what: worldBank + " (it leaves out Israel)",
                           unlike: "the ILO's Europe and Central Asia (ILO-EUROPE-CENTRAL-ASIA) is another set of countries", members: [])),
            (["Latin America & Caribbean", "Latin America & the Caribbean"],
             OtherGrouping(what: worldBank, unlike: "M49's Latin America and the Caribbean (M49-419) is another set of countries", members: [])),
            (["Middle East & North Africa", "Middle East, North Africa, Afghanistan & Pakistan"],
             OtherGrouping(what: worldBank,
                           unlike: "UNODC's North Africa and the Middle East (UNODC-NORTH-AFRICA-MIDDLE-EAST) is another set of countries", members: [])),
            (["ASEAN", "Association of Southeast Asian Nations", "Association of South-East Asian Nations"],
             OtherGrouping(what: "the Association of Southeast Asian Nations, a grouping of states tipdb does not hold",
                           unlike: "M49's South-eastern Asia (M49-035) also holds Timor-Leste, and UNODC's East Asia and the Pacific (UNODC-EAST-ASIA-PACIFIC) many more",
                           members: ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"])),
            (["SAARC", "South Asian Association for Regional Cooperation"],
             OtherGrouping(what: "the South Asian Association for Regional Cooperation, a grouping of states tipdb does not hold",
                           unlike: "M49's Southern Asia (M49-034) also holds Iran, and UNODC's South Asia (UNODC-SOUTH-ASIA) is another set of countries",
                           members: ["AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"])),
            (["ECOWAS", "Economic Community of West African States"],
             OtherGrouping(what: "the Economic Community of West African States, a grouping of states tipdb does not hold",
                           unlike: "M49's Western Africa (M49-011) is another set of countries", members: [])),
            (["SADC", "Southern African Development Community"],
             OtherGrouping(what: "the Southern African Development Community, a grouping of states tipdb does not hold",
                           unlike: "M49's Southern Africa (M49-018) is another set of countries", members: [])),
            (["GCC", "Gulf Cooperation Council"],
             OtherGrouping(what: "the Gulf Cooperation Council, a grouping of states tipdb does not hold",
                           unlike: "the ILO's Arab States (ILO-ARAB-STATES) is another set of countries", members: [])),
        ]
        var known: [String: OtherGrouping] = [:]
        for (names, grouping) in groupings {
            for name in names { known[Gazetteer.key(name)] = grouping }
        }
        return known
    }()

    /// The grouping `text` names (any case, spaces around it ignored), or nil. A name tagged
    /// `(WB)`, as Our World in Data tags the World Bank's regions, is not looked up here: the OWID
    /// loader says why it is another grouping (`OWIDEntityQualifier`).
    static func named(_ text: String) -> OtherGrouping? {
        known[Gazetteer.key(text)]
    }

    /// What to write instead, as the end of a sentence that starts with the refusal, for a
    /// place written for `record`.
    func advice(for text: String, record: PlacedRecord) -> String {
        var advice = "it is \(what)"
        if !unlike.isEmpty { advice += "; \(unlike)" }
        let each = members.isEmpty ? "each country" : "each member country (\(members.joined(separator: ", ")))"
        return advice + ": give \(each) the \(record.noun) covers, or the region its source reports by, and say in "
            + "\(record.notes) that it \(record.verb) \(text)"
    }
}
