import Storage

/// What a GLOTIP row's Dimension and Category restrict it to: a form of exploitation, a
/// citizenship or a country of repatriation, a dimension's total, or nothing (the overall total).
///
/// Citizenship and repatriation categories name countries in free text (sometimes abbreviated,
/// such as `Dem. Rep. of the Congo`): a name that resolves is stored as a place, anything else
/// (`Nationals`, `Abroad`, an unresolved name) is kept as the text published.
///
/// A `Total` under a dimension (`by citizenship`, `by region of origin`, `by form of
/// exploitation`) counts the people that dimension was recorded for, which need not be everyone:
/// it is kept as that dimension's total, a breakdown with the category `Total`, never as the
/// country's overall total (whose row it would silently replace, or clash with as "the same
/// figure").
struct GLOTIPDetail {
    var form: String?
    var breakdowns: [Breakdown] = []
    /// The category as published, for messages (empty for the overall total).
    var label: String
    /// True for a `Total` under a dimension other than `Total`.
    var isDimensionTotal = false
    /// A citizenship or repatriation category that names no place tipdb knows (not `Nationals`,
    /// `Abroad` or another word for a group), kept as published: the loader's note lists them.
    var unresolved: String?

    /// - Parameter forms: the database's forms: a category must be one of them (by code, label
    ///   or alias), as a figures file's form must, so that a form is never split into
    ///   near-duplicate subgroups (`Sexual exploitaton` beside `Sexual exploitation`).
    init(dimension: String, category: String, countries: CountryNames, forms: FormVocabulary) throws(Vocabulary.Failure) {
        let dimensionKey = dimension.lowercased()
        let categoryKey = category.trimmingWhitespace().lowercased()
        label = categoryKey == "total" ? "" : category
        if categoryKey == "total", dimensionKey != "total", !dimensionKey.isEmpty {
            isDimensionTotal = true
            label = "\(category) \(dimension)"
            breakdowns = [Breakdown(dimension: Self.name(of: dimensionKey), category: category, place: nil)]
            return
        }
        switch dimensionKey {
        case "total", "":
            guard categoryKey == "total" || categoryKey.isEmpty else {
                throw Vocabulary.Failure(message: "category \"\(category)\" under dimension \"\(dimension)\"; expected Total")
            }
        case "by form of exploitation":
            guard !category.isEmpty else { throw Vocabulary.Failure(message: "empty category; expected a form of exploitation such as Sexual exploitation") }
            do {
                form = try Terms.exploitationForm(category, among: forms)
            } catch {
                // Not "--on-error skip loads the other rows": the closing line offers that under
                // abort, and this text is also the row's reason in ingest_rejects under skip.
                throw Vocabulary.Failure(message: error.message + "; a spelling of one of these forms can be added to form_aliases, and a form outside the list to forms (with the sqlite3 shell)")
            }
        case "by citizenship", "by country of repatriation":
            guard !category.isEmpty else { throw Vocabulary.Failure(message: "empty category; expected a country name, Nationals or Abroad") }
            let name = Self.name(of: dimensionKey)
            if let place = countries.resolve(category) {
                breakdowns = [Breakdown(dimension: name, category: place, place: place)]
            } else {
                breakdowns = [Breakdown(dimension: name, category: category, place: nil)]
                if !CountryNames.namesGroup(category) { unresolved = category.trimmingWhitespace() }
            }
        default:
            // A dimension later exports may add: kept as a breakdown rather than refused.
            guard !category.isEmpty else { break }
            breakdowns = [Breakdown(dimension: Self.name(of: dimensionKey), category: category, place: nil)]
        }
    }

    /// The breakdown dimension for a GLOTIP dimension (lowercased): `by citizenship` →
    /// `citizenship`, `by region of origin` → `region-of-origin`.
    static func name(of dimensionKey: String) -> String {
        Breakdown.slug(dimensionKey.hasPrefix("by ") ? String(dimensionKey.dropFirst(3)) : dimensionKey).lowercased()
    }
}
