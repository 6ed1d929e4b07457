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

    /// The forms of the database (`ExploitationForm.all(in:)`), read once: a command builds one
    /// and resolves every row through it.
    public init(db: Database) throws {
        self.init(forms: try ExploitationForm.all(in: db))
    }

    /// - Parameter forms: the forms and their aliases; of two forms claiming one spelling, the
    ///   later wins (a test keeps the seeded spellings apart as ingest folds them; a spelling
    ///   added with SQL that folds like another is not refused).
    public init(forms: [ExploitationForm]) {
        self.forms = forms
        codes = forms.map(\.code)
        for form in forms {
            for name in [form.code, form.label] + form.aliases {
                let slug = ExploitationForm.slug(name)
                lookup[slug] = form.code
                // The case data standard's picklist values are written as one word (ForcedLabour).
                lookup[slug.filter { $0 != "-" }] = form.code
            }
        }
    }

    /// The code for a code, label or alias, case-insensitive and with spaces, underscores or
    /// hyphens between words, also after the `Trafficking for` GLOTIP writes in front
    /// ("Trafficking for sexual exploitation"); nil for anything else.
    public func code(for text: String) -> String? {
        if let code = lookup[text] { return code }  // a code as stored: no copy
        let key = ExploitationForm.slug(text)
        if let code = lookup[key] { return code }
        for prefix in ["trafficking-for-the-", "trafficking-for-", "exploitation-in-"] where key.hasPrefix(prefix) {
            return lookup[String(key.dropFirst(prefix.count))]
        }
        return nil
    }
}
