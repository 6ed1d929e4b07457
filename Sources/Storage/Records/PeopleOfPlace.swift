/// The breakdown dimensions (`figure_breakdowns.dimension`) whose category names the country the
/// people a figure counts are of: their citizenship (`nationality` is read as it), their country of
/// origin, their country of birth. A figure for another place so broken down counts people of
/// that country, wherever it was recorded: a brief about the country shows it in a part of its own,
/// and search finds it by the country's name.
///
/// Why not citizenship alone: a figures file may state a count of the victims from Viet Nam
/// detected in the United Kingdom as `country-of-origin: Viet Nam` or `country-of-birth: Viet Nam`
/// (both place dimensions of `BreakdownCell`), and the brief about Viet Nam left them out
/// (session 54's closing note). Not `country-of-repatriation` nor `country-of-exploitation`: they
/// name where people were taken or exploited, not whose people they are.
public enum PeopleOfPlace {
    /// The dimensions, citizenship first.
    public static let dimensions = ["citizenship", "country-of-origin", "country-of-birth"]

    /// The condition on `figure_breakdowns b` that its dimension is one of `dimensions`, for SQL
    /// that names no parameter for it.
    static let condition = "b.dimension IN ('citizenship', 'country-of-origin', 'country-of-birth')"

    /// What the people are of the country by, after "people of Viet Nam": `citizenship`, `origin`
    /// or `birth`; the dimension itself for any other.
    public static func word(_ dimension: String) -> String {
        switch dimension {
        case "country-of-origin": "origin"
        case "country-of-birth": "birth"
        default: dimension
        }
    }

    /// `citizenship`, `citizenship or origin`, `citizenship, origin or birth`: the words of the
    /// dimensions given, in the order of `dimensions`, each once.
    public static func words(_ given: some Sequence<String>) -> String {
        let present = Set(given)
        let listed = (dimensions + present.subtracting(dimensions).sorted()).filter(present.contains).map(word)
        guard let last = listed.last else { return word(dimensions[0]) }
        return listed.count == 1 ? last : listed.dropLast().joined(separator: ", ") + " or " + last
    }
}
