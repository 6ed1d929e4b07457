import Foundation

extension Source {
    /// Whether the CSL record says the publication date is approximate (`"issued": {"date-parts":
    /// [[2005]], "circa": true}`): labels and reference entries then write the year `c. 2005`.
    ///
    /// Why: the date column holds the year alone, and the `circa` kept in `csl` was dropped from
    /// every citation, so a date the source gives as a guess was cited as a fact. Truthy as CSL
    /// processors read it: `true`, a number other than 0, or a non-empty text. Only with a date:
    /// a source without one is `n.d.` whatever it says.
    public var isCirca: Bool {
        guard published != nil, let csl, csl.contains("\"circa\""),
              let tree = try? JSONSerialization.jsonObject(with: Data(csl.utf8)) as? [String: Any],
              let issued = tree["issued"] as? [String: Any], let circa = issued["circa"] else { return false }
        switch circa {
        case let flag as Bool: return flag
        case let text as String: return !text.isEmpty
        case let number as Int: return number != 0
        case let number as Double: return number != 0
        case let number as NSNumber: return number.doubleValue != 0
        default: return false
        }
    }
}
