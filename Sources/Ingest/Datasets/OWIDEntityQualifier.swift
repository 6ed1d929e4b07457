/// The parenthesis at the end of an Our World in Data Entity (`Africa (UN)`, `Sudan (former)`,
/// `Asia (excl. China and India)`, `Sub-Saharan Africa (WB)`), and whether the name before it may
/// be read without it.
///
/// Why only a few tags: OWID writes the parenthesis to say which grouping it means, and most name
/// another set of countries than the place tipdb holds under the name before it. `Sudan (former)`
/// counts South Sudan too, `Asia (excl. China and India)` and `Europe (excl. EU-27)` leave
/// countries out, and the World Bank's (`(WB)`) and the WHO's (`(WHO)`) regions are drawn
/// otherwise than M49's (the WHO's Africa has no North Africa). Every parenthesis was dropped, and
/// such a row was stored as the whole of Asia or today's Sudan without a word. A tag is dropped only
/// where it names the body whose regions tipdb holds under that name: `(UN)`, which OWID writes for
/// the UN's M49 regions (`Africa (UN)`, `Northern America (UN)`), `(UNODC)` and `(ILO)`.
struct OWIDEntityQualifier {
    /// The name before the parenthesis, without the space before it.
    let name: String
    /// The parenthesis as written, with its brackets: `(WB)`.
    let written: String

    /// A tag that names the body whose regions the place table holds → the start of those
    /// regions' codes.
    private static let bodies: [String: String] = ["UN": "M49-", "UNODC": "UNODC-", "ILO": "ILO-"]

    /// The qualifier of `entity`, or nil when it does not end with a parenthesis after a name.
    init?(_ entity: String) {
        guard entity.hasSuffix(")"), let open = entity.lastIndex(of: "(") else { return nil }
        let name = entity[..<open].trimmingWhitespace()
        guard !name.isEmpty else { return nil }
        self.name = name
        written = String(entity[open...])
    }

    /// Whether the Entity is the place `code`, which the name before the parenthesis names: the
    /// tag names the body whose region that is (`(UN)` and an M49 region), and so says nothing more.
    func isTag(of code: String) -> Bool {
        let tag = written.dropFirst().dropLast().trimmingWhitespace().uppercased()
        guard let prefix = Self.bodies[tag] else { return false }
        return code.hasPrefix(prefix)
    }

    /// Why the Entity is not read as `code` (`name`'s place), after its `unknown place "…"`.
    func notTag(of code: String) -> String {
        "\(written) makes it another grouping than \(name) (\(code)), which tipdb does not hold (only (UN), (UNODC) or (ILO) after the name of one of that body's regions is read as that region)"
    }

    /// Whether the parenthesis says the place no longer exists: `Sudan (former)`, `USSR (former)`.
    var isFormer: Bool {
        written.dropFirst().dropLast().trimmingWhitespace().lowercased() == "former"
    }
}
