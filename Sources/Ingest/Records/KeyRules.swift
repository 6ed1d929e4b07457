/// What a key of a source or study, or a dataset name, may look like: readable, no spaces, so
/// that it can be typed in a `source` or `study` cell, an option and SQL without quoting trouble
/// (a figure's key is freer: `FigureKeyText`).
enum KeyRules {
    static func isValid(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            return false
        }
        return key.count <= 200 && key.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.:/".unicodeScalars.contains($0)
        }
    }

    static func message(_ key: String) -> String {
        "\"\(key)\" is not a usable key; expected letters, digits and - _ . : / only (no spaces), starting with a letter or digit, such as ilo-2005-global-alliance"
    }
}
