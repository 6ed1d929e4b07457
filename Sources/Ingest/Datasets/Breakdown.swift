/// A breakdown a figure is restricted to beyond sex, age group and form: a row of
/// `figure_breakdowns` (citizenship Nigeria, means of control debt bondage, country not recorded).
struct Breakdown: Equatable, Sendable {
    /// What the figure is broken down by, e.g. `citizenship`, `country-of-repatriation`,
    /// `means-of-control`.
    var dimension: String
    /// A place code, a category code (`debt-bondage`, `not-recorded`), or the text as published.
    var category: String
    /// The category as a place, when it names one.
    var place: String?

    /// The part of a figure key that names this breakdown: `citizenship-NGA`, `means-of-control-debt-bondage`.
    var keyPart: String {
        dimension + "-" + Self.slug(category)
    }

    /// Letters and digits kept, everything else a single hyphen: a key part that passes
    /// `KeyRules` whatever the published text was (`Dem. Rep. of the Congo` → `dem-rep-of-the-congo`).
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "blank" : out
    }
}
