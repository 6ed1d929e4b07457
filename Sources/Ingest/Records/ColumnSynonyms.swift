/// The contract field that a common header name means: `year` is `period`, `country` is `place`,
/// `comment` is `notes`, `page` is `locator`.
///
/// Why: files downloaded from statistics portals and typed in spreadsheets name their columns
/// `Year` and `Country`, which are no typing mistake away from `period` and `place`, so the
/// edit-distance suggestions said nothing and the user read the whole list of columns. Only a
/// suggestion: the file is still refused until its header names the contract's field.
enum ColumnSynonyms {
    /// The field of `kind`'s contract that `name` (any case, spaces or hyphens for underscores)
    /// most likely means; nil when it is no common name for one.
    static func field(meant name: String, kind: RecordKind) -> String? {
        let normal = String(name.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        switch kind {
        case .figures: return figures[normal] ?? shared[normal]
        case .sources: return sources[normal] ?? shared[normal]
        case .studies: return studies[normal] ?? shared[normal]
        case .measures: return measures[normal]
        }
    }

    private static let measures: [String: String] = [
        "measure": "code", "key": "code", "id": "code", "name": "label", "title": "label", "description": "definition",
        "unit": "default_unit", "legal_instrument": "legal_basis", "law": "legal_basis",
    ]

    private static let shared: [String: String] = ["id": "key", "identifier": "key", "comment": "notes", "comments": "notes", "remarks": "notes"]

    private static let figures: [String: String] = [
        "year": "period", "years": "period", "date": "period", "reference_period": "period", "ref_period": "period", "time": "period",
        "start": "period_start", "start_year": "period_start", "year_start": "period_start", "from": "period_start",
        "end": "period_end", "end_year": "period_end", "year_end": "period_end", "to": "period_end",
        "country": "place", "countries": "place", "region": "place", "location": "place", "geo": "place", "area": "place",
        "iso3": "place", "iso": "place", "country_code": "place", "entity": "place",
        "indicator": "measure", "variable": "measure",
        "estimate": "value", "number": "value", "count": "value", "figure": "value", "amount": "value", "obs_value": "value",
        "lower": "low", "lower_bound": "low", "min": "low", "minimum": "low", "lo": "low",
        "upper": "high", "upper_bound": "high", "max": "high", "maximum": "high", "hi": "high",
        "confidence": "ci_level", "confidence_level": "ci_level", "ci": "ci_level",
        "page": "locator", "pages": "locator", "table": "locator", "section": "locator",
        "gender": "sex", "age": "age_group", "ages": "age_group",
        "exploitation": "form", "form_of_exploitation": "form", "exploitation_type": "form", "type_of_exploitation": "form",
        "reference": "source", "citation": "source", "publication": "source", "source_key": "source",
        "tag": "tags", "keywords": "tags", "citing": "cites", "repeats": "cites", "methodology": "method",
        // A subgroup no column of its own says: the breakdown column holds it as `citizenship: VNM`.
        "citizenship": "breakdown", "nationality": "breakdown", "sector": "breakdown", "industry": "breakdown",
        "breakdowns": "breakdown", "dimension": "breakdown",
    ]

    private static let sources: [String: String] = [
        "author": "authors", "organisation": "publisher", "organization": "publisher", "institution": "publisher",
        "year": "date", "published": "date", "publication_date": "date", "issued": "date",
        "link": "url", "website": "url", "access_date": "accessed", "retrieved": "accessed", "type": "kind",
        // Where the work appeared: a journal, a book a chapter is in, a report's series (CSL's container-title).
        "journal": "container", "container_title": "container", "book_title": "container", "booktitle": "container",
        "periodical": "container", "series": "container", "publication_title": "container",
    ]

    private static let studies: [String: String] = [
        "sample": "sample_size", "n": "sample_size", "description": "summary", "abstract": "summary",
        "place": "places", "country": "places", "countries": "places", "year": "period", "years": "period", "design": "method",
    ]
}
