import Storage

/// A form of exploitation written with the age group it is about: "forced commercial sexual
/// exploitation of children", "forced child labour". The ILO publishes its forms this way, but a
/// form is one column and the age group another, so such a text is read as the form and the age
/// group `children`, as "girls" in the sex column is read as female children.
///
/// Why not aliases: `form_aliases` said "forced commercial sexual exploitation of children" was
/// that form for all ages and "forced child labour" was child labour, which it is not (forced
/// labour of children is forced labour, child labour another concept). A figure so filed stood
/// for everyone's forced commercial sexual exploitation, or left forced labour for child labour
/// (review of session 55). m0065 deletes those rows.
enum ChildFormWords {
    /// What a text may end with to name children after a form.
    private static let suffixes = [" of children", " of minors", " among children", " of a child"]

    /// The form `text` names with children, or nil when it names none this way, or when it is a
    /// spelling of the forms tables (`FormVocabulary.code(for:)`, which wins: an alias an analyst
    /// added keeps its meaning). `child labour` is a form of its own and stays one.
    ///
    /// - Parameter text: the cell as written.
    static func form(_ text: String, among forms: FormVocabulary) -> String? {
        // Folded as every term is (`Terms.key`: lower case, a Unicode dash a hyphen), then one space between words.
        let words = Terms.key(text).split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" }).joined(separator: " ")
        guard forms.code(for: words) == nil else { return nil }
        var base: String?
        if let suffix = suffixes.first(where: { words.hasSuffix($0) }) {
            base = String(words.dropLast(suffix.count))
        } else if words.hasPrefix("forced child ") {
            // "forced child labour", "forced child labor": the ILO's forced labour of children.
            base = "forced " + words.dropFirst("forced child ".count)
        }
        guard let base, !base.isEmpty, let code = forms.code(for: base) else { return nil }
        // Child labour and child marriage name children in the form itself; a forced marriage of
        // a child is still a forced marriage, but "marriage of children" is child marriage, which
        // no form here is.
        let childMarriage = code == "forced-marriage" && !base.hasPrefix("forced")
        return code == "child-labour" || childMarriage ? nil : code
    }
}
