import Storage

/// What a GLOTIP row's Dimension and Category restrict it to: a form of exploitation, a
/// citizenship or a country of repatriation, or nothing (the total).
///
/// Citizenship and repatriation categories name countries in free text (sometimes abbreviated,
/// such as `Dem. Rep. of the Congo`): a name that resolves is stored as a place, anything else
/// (`Nationals`, `Abroad`, an unresolved name) is kept as the text published.
struct GLOTIPDetail {
    var form: String?
    var breakdowns: [Breakdown] = []
    /// The category as published, for messages (empty for the total).
    var label: String

    /// - Parameter forms: the database's forms: a category among them is stored as its code,
    ///   any other as a slug of what was published (`tipdb check` warns about those).
    init(dimension: String, category: String, countries: CountryNames, forms: FormVocabulary) throws(Vocabulary.Failure) {
        let dimensionKey = dimension.lowercased()
        let categoryKey = category.lowercased()
        label = categoryKey == "total" ? "" : category
        switch dimensionKey {
        case "total", "":
            guard categoryKey == "total" || categoryKey.isEmpty else {
                throw Vocabulary.Failure(message: "category \"\(category)\" under dimension \"\(dimension)\"; expected Total")
            }
        case "by form of exploitation":
            guard !category.isEmpty else { throw Vocabulary.Failure(message: "empty category; expected a form of exploitation such as Sexual exploitation") }
            form = Terms.form(category, among: forms)
        case "by citizenship", "by country of repatriation":
            guard !category.isEmpty else { throw Vocabulary.Failure(message: "empty category; expected a country name, Nationals or Abroad") }
            guard categoryKey != "total" else { break }
            let name = dimensionKey == "by citizenship" ? "citizenship" : "country-of-repatriation"
            if let place = countries.resolve(category) {
                breakdowns = [Breakdown(dimension: name, category: place, place: place)]
            } else {
                breakdowns = [Breakdown(dimension: name, category: category, place: nil)]
            }
        default:
            // A dimension later exports may add: kept as a breakdown rather than refused.
            guard !category.isEmpty, categoryKey != "total" else { break }
            let name = Breakdown.slug(dimensionKey.hasPrefix("by ") ? String(dimensionKey.dropFirst(3)) : dimensionKey).lowercased()
            breakdowns = [Breakdown(dimension: name, category: category, place: nil)]
        }
    }
}
