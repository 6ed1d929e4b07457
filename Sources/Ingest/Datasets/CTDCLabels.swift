import Storage

/// The labels CTDC writes in the Global Dataset's text columns (`RecruiterRelationship` and the
/// `*Concatenated` columns), which are the only text `cases` keeps in them.
///
/// Why: these columns repeat, as words, what the flag columns beside them record (`Debt
/// bondage;Threats` beside `meansOfControlDebtBondage` and `meansOfControlThreats`), and tipdb
/// stored them as given. An NGO's own case-management export in CTDC's layout puts a case
/// worker's notes there: "Uncle Jon Jonsson, tel +354 555 1234, passport A1234567" loaded with
/// exit 0, while the README said names and passport numbers are never stored (a privacy review,
/// session 48). A cell is kept only when every `;`-separated part of it is one of the column's
/// labels, compared without case, spaces or punctuation (`Debt bondage`, `DebtBondage` and
/// `debt-bondage` alike, `labor` as `labour`); any other is stored as NULL with a warning that
/// says where and what kind of text it was, never the text itself. The row still loads: nothing
/// `tipdb derive` counts is read from these columns, so refusing the person's row would only take
/// them out of every count.
enum CTDCLabels: Sendable {
    case meansOfControl
    case typeOfExploit
    case typeOfLabour
    case typeOfSex
    case recruiterRelationship

    /// The labels, as the flags name them, for the warning.
    var examples: [String] {
        switch self {
        case .meansOfControl:
            ["Debt bondage", "Takes earnings", "Restricts financial access", "Threats", "Psychological abuse", "Physical abuse",
             "Sexual abuse", "False promises", "Psychoactive substances", "Restricts movement", "Restricts medical care",
             "Excessive working hours", "Uses children", "Threat of law enforcement", "Withholds necessities",
             "Withholds documents", "Other", "Not specified"]
        case .typeOfExploit:
            ["Forced labour", "Sexual exploitation", "Other exploitation", "Sex and labour", "Forced marriage", "Forced military",
             "Organ removal", "Slavery and practices", "Other", "Not specified"]
        case .typeOfLabour:
            ["Agriculture", "Aquafarming", "Begging", "Construction", "Domestic work", "Hospitality", "Illicit activities",
             "Manufacturing", "Mining or drilling", "Peddling", "Transportation", "Other", "Not specified"]
        case .typeOfSex:
            ["Prostitution", "Pornography", "Remote interactive services", "Private sexual services", "Other", "Not specified"]
        case .recruiterRelationship:
            ["Intimate Partner", "Friend", "Family/Relative", "Other", "Unknown"]
        }
    }

    /// The labels compared as ``key(_:)`` reads a part, with the spellings CTDC's flags use too.
    private var keys: Set<[UInt8]> {
        var words = examples
        switch self {
        case .typeOfExploit:
            words += ["sexualexploit", "otherexploit", "forcedmilitaryservice", "slaveryandsimilarpractices", "slavery"]
        case .recruiterRelationship:
            words += ["family", "relative", "partner"]
        case .meansOfControl:
            words += ["threatsoflawenforcement", "psychoactivesubstance"]
        case .typeOfLabour, .typeOfSex:
            break
        }
        return Set(words.map { Self.key(Array($0.utf8)) })
    }

    private static let cached: [CTDCLabels: Set<[UInt8]>] = Dictionary(
        uniqueKeysWithValues: [CTDCLabels.meansOfControl, .typeOfExploit, .typeOfLabour, .typeOfSex, .recruiterRelationship].map {
            ($0, $0.keys)
        })

    /// A part as compared: its ASCII letters, lower-cased, `labor` read as `labour`; a digit, `@`
    /// or any non-ASCII byte becomes `#`, which no label holds. Bytes, not a `String`: it runs for
    /// every text cell of a 250,000-row file.
    static func key(_ text: some Collection<UInt8>) -> [UInt8] {
        var letters: [UInt8] = []
        letters.reserveCapacity(text.count)
        for byte in text {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "@"), 0x80...: letters.append(UInt8(ascii: "#"))
            default: break
            }
        }
        // `labour` holds no `labor`, so only the US spelling is rewritten.
        var result: [UInt8] = []
        result.reserveCapacity(letters.count + 2)
        let labor = Array("labor".utf8)
        var index = 0
        while index < letters.count {
            if letters[index...].starts(with: labor) {
                result += Array("labour".utf8)
                index += labor.count
            } else {
                result.append(letters[index])
                index += 1
            }
        }
        return result
    }

    /// Nil when every `;`-separated part of `bytes` is a label; else what kind of text the cell
    /// holds, in words that repeat none of it.
    func unlisted(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let known = Self.cached[self] ?? []
        var allListed = true
        for part in bytes.split(separator: UInt8(ascii: ";")) {
            let key = Self.key(part)
            if key.isEmpty || known.contains(key) { continue }
            allListed = false
            break
        }
        if allListed { return nil }
        var kinds: [String] = []
        if bytes.contains(UInt8(ascii: "@")) { kinds.append("an e-mail address") }
        if bytes.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            kinds.append("digits (as a phone, passport or identity number, a date or an address has)")
        }
        if bytes.contains(where: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) {
            kinds.append("words that are none of its labels (as a name or a place may be)")
        }
        if kinds.isEmpty { kinds.append("text that is none of its labels") }
        return EnglishList.joined(kinds)
    }
}
