/// Which references the HTML brief has cited so far, so that the first link to each carries the
/// id (`cite-3`) its entry in the reference list links back to.
///
/// Why: a reader who followed `[4]` from the Key figures table landed in References, 25 printed
/// pages on, with no way back but the browser's. Each reference now ends with a link back to
/// where it was first cited. A class, since the sections that cite are written one after another
/// by methods of a value type that does not change; the figures tables, written in parallel, are
/// given their first citations beforehand (`firstRows`) and do not touch it.
final class FirstCitations {
    /// `cited[n - 1]`: whether a link with the id `cite-n` has been written.
    private var cited: [Bool]

    init(references: Int) { cited = Array(repeating: false, count: references) }

    /// The id for a link to reference `number`: `cite-3` the first time, nil after (or for a
    /// number the list does not hold).
    func id(_ number: Int) -> String? {
        guard cited.indices.contains(number - 1), !cited[number - 1] else { return nil }
        cited[number - 1] = true
        return "cite-\(number)"
    }

    /// Whether reference `number` has a link with the id `cite-number`.
    func isCited(_ number: Int) -> Bool { cited.indices.contains(number - 1) && cited[number - 1] }

    /// For the references not cited yet, the key of the first figure, in the tables' order, whose
    /// source it is (`keys[n - 1]`, nil for the others); each is then counted as cited, since
    /// that row will write the id.
    func firstRows(_ groups: [FigureGroup]) -> [String?] {
        var keys = [String?](repeating: nil, count: cited.count)
        var left = cited.filter { !$0 }.count
        for group in groups where left > 0 {
            for figure in group.figures where cited.indices.contains(figure.citation - 1) && !cited[figure.citation - 1] {
                cited[figure.citation - 1] = true
                keys[figure.citation - 1] = figure.key
                left -= 1
            }
        }
        return keys
    }
}
