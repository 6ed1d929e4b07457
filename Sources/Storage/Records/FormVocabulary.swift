/// Every way a person writes a form of exploitation, to its code: the one rule by which ingest
/// reads a form in a file and `tipdb check` suggests one for a stored form outside the list.
///
/// Built from a database's `forms` and `form_aliases` tables, so a form or spelling an analyst
/// adds there with SQL is accepted by the next ingest, and what SQL shows is what ingest takes.
public struct FormVocabulary: Sendable {
    /// The forms, in the order of their rows: the order messages list codes in.
    public let forms: [ExploitationForm]
    /// The stored codes, in the same order, for suggestions and checks.
    public let codes: [String]
    /// Every code, label and alias as a slug (`forced-labor`) and as one word (`forcedlabor`,
    /// as HTCDS writes `ForcedLabour`) → code.
    private var lookup: [String: String] = [:]
    /// Spellings (folded as `lookup`'s keys) that more than one form claims, with those forms'
    /// codes in row order. `code(for:)` answers none of them, unless the spelling is a form's own
    /// code: a code always names its form.
    public private(set) var ambiguous: [String: [String]] = [:]

    /// The forms of the database (`ExploitationForm.all(in:)`), read once: a command builds one
    /// and resolves every row through it.
    public init(db: Database) throws {
        self.init(forms: try ExploitationForm.all(in: db))
    }

    /// - Parameter forms: the forms and their aliases. A spelling two forms claim (an alias
    ///   added with SQL that folds like another form's label, say) names neither: ingest refuses
    ///   it with both codes and `tipdb check` reports it, rather than the later row silently
    ///   winning. A test keeps the seeded spellings apart.
    public init(forms: [ExploitationForm]) {
        self.forms = forms
        codes = forms.map(\.code)
        var claims: [String: [String]] = [:]
        for form in forms {
            for name in [form.code, form.label] + form.aliases {
                let slug = ExploitationForm.slug(name)
                // The case data standard's picklist values are written as one word (ForcedLabour).
                for key in [slug, slug.filter { $0 != "-" }] where !(claims[key]?.contains(form.code) ?? false) {
                    claims[key, default: []].append(form.code)
                }
            }
        }
        // A code names its form however it is hyphenated: as a slug and as one word (ForcedLabour).
        let ownCodes = Dictionary(
            forms.flatMap { form in
                let slug = ExploitationForm.slug(form.code)
                return [(slug, form.code), (slug.filter { $0 != "-" }, form.code)]
            },
            uniquingKeysWith: { first, _ in first })
        for (key, claimants) in claims {
            if let code = ownCodes[key] {
                lookup[key] = code
                if claimants.count > 1 { ambiguous[key] = claimants }
            } else if claimants.count == 1 {
                lookup[key] = claimants[0]
            } else {
                ambiguous[key] = claimants
            }
        }
    }

    /// The forms that claim `text` when more than one does (see `ambiguous`), nil otherwise: read
    /// as `code(for:)` reads it, after the same prefixes.
    public func claimants(of text: String) -> [String]? {
        guard code(for: text) == nil else { return nil }
        return Self.keys(of: text).lazy.compactMap { ambiguous[$0] }.first
    }

    /// What GLOTIP writes in front of a form ("Trafficking for sexual exploitation").
    private static let prefixes = ["trafficking-for-the-", "trafficking-for-", "exploitation-in-"]

    /// The folded spellings `text` is looked up as, in order: its slug, then the slug without the
    /// first of `prefixes` it starts with. One rule for `code(for:)` and `claimants(of:)`.
    private static func keys(of text: String) -> [String] {
        let key = ExploitationForm.slug(text)
        guard let prefix = prefixes.first(where: { key.hasPrefix($0) }) else { return [key] }
        return [key, String(key.dropFirst(prefix.count))]
    }

    /// The code for a code, label or alias, case-insensitive and with spaces, underscores or
    /// hyphens between words, also after the `Trafficking for` GLOTIP writes in front
    /// ("Trafficking for sexual exploitation"); nil for anything else.
    public func code(for text: String) -> String? {
        if let code = lookup[text] { return code }  // a code as stored: no copy
        return Self.keys(of: text).lazy.compactMap { lookup[$0] }.first
    }
}
