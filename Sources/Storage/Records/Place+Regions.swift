extension Place {
    /// The regions lying wholly inside region `code`: every other region with at least one
    /// country, all of them among `code`'s (`place_members`, by region). Empty for a country.
    ///
    /// Why one rule: `report brief --place` and `tipdb search` both read a region as its own
    /// figures, its countries' and those of the regions within it, and must agree on which.
    public static func regions(within code: String, members: [String: [String]]) -> Set<String> {
        guard let own = members[code], !own.isEmpty else { return [] }
        let countries = Set(own)
        return Set(members.filter { region, its in region != code && !its.isEmpty && countries.isSuperset(of: its) }.keys)
    }
}
