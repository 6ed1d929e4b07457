import Foundation

/// Names ordered as a reader finds them in a list: letters with their accents among the same
/// letters without (`Åkesson`, `Ó Briain` and `Özbek` between `Abbott` and `Zhou`; `Côte d'Ivoire`
/// before `Czechia`, `Türkiye` before `Tuvalu`), capitals among lower case.
///
/// Why: reference lists and brief tables compared names as Unicode scalars, which put every name
/// that starts with an accented letter after Z (a user-review, session 39). Locale-independent on
/// purpose: a brief must come out the same on every machine.
public enum DictionaryOrder {
    /// The text compared first: without accents, in lower case.
    public static func key(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// Whether `a` sorts before `b`: by `key`, then (names that differ only in accents or case)
    /// by their scalars, so that the order is total.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let (x, y) = (key(a), key(b))
        return x != y ? x < y : a < b
    }
}
