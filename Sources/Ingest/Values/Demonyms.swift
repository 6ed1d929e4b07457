/// Nationality adjectives (`Albanian`, `Sudanese`, `British`) and nationality phrases (`UK
/// national`, `Albanian nationals`) as a breakdown's category of a dimension of places names a
/// country: nationality tables are routinely written so.
///
/// Why: `citizenship: Albanian` was refused with `did you mean "Albania"?`, while `Sudanese`,
/// `Iranian`, `Chinese`, `Afghan` and `UK national`, too far from their country's name in spelling,
/// were stored as text that no brief of the place, search or "citizens elsewhere" note ever finds
/// (a government statistician's review, session 55). The table is written by hand, for the
/// nationalities most often in detected-victim and referral statistics (UNODC's GLOTIP, the UK's
/// NRM, Eurostat, the U.S. TIP report), by their ISO 3166-1 alpha-3 codes; an adjective shared by
/// more than one country (`Congolese`, `Dominican`, `Korean`) is in `ambiguous`, refused naming
/// each, never guessed.
enum Demonyms {
    /// Each adjective, folded to lower case, with its country's code.
    static let countries: [String: String] = [
        "afghan": "AFG", "afghani": "AFG", "albanian": "ALB", "algerian": "DZA", "angolan": "AGO", "argentine": "ARG",
        "argentinian": "ARG", "armenian": "ARM", "australian": "AUS", "austrian": "AUT", "azerbaijani": "AZE",
        "bangladeshi": "BGD", "belarusian": "BLR", "belgian": "BEL", "beninese": "BEN", "bolivian": "BOL", "bosnian": "BIH",
        "brazilian": "BRA", "british": "GBR", "bulgarian": "BGR", "burkinabe": "BFA", "burkinabé": "BFA", "burmese": "MMR",
        "burundian": "BDI", "cambodian": "KHM", "cameroonian": "CMR", "canadian": "CAN", "chadian": "TCD", "chilean": "CHL",
        "chinese": "CHN", "colombian": "COL", "croatian": "HRV", "cuban": "CUB", "czech": "CZE", "dutch": "NLD",
        "ecuadorian": "ECU", "egyptian": "EGY", "emirati": "ARE", "eritrean": "ERI", "estonian": "EST", "ethiopian": "ETH",
        "filipino": "PHL", "filipina": "PHL", "french": "FRA", "gambian": "GMB", "georgian": "GEO", "german": "DEU",
        "ghanaian": "GHA", "greek": "GRC", "guatemalan": "GTM", "haitian": "HTI", "honduran": "HND", "hungarian": "HUN",
        "indian": "IND", "indonesian": "IDN", "iranian": "IRN", "iraqi": "IRQ", "irish": "IRL", "israeli": "ISR",
        "italian": "ITA", "ivorian": "CIV", "jamaican": "JAM", "japanese": "JPN", "jordanian": "JOR", "kazakh": "KAZ",
        "kazakhstani": "KAZ", "kenyan": "KEN", "kosovan": "XKX", "kosovar": "XKX", "kuwaiti": "KWT", "kyrgyz": "KGZ",
        "lao": "LAO", "laotian": "LAO", "latvian": "LVA", "lebanese": "LBN", "liberian": "LBR", "libyan": "LBY",
        "lithuanian": "LTU", "macedonian": "MKD", "malagasy": "MDG", "malawian": "MWI", "malaysian": "MYS", "malian": "MLI",
        "mauritanian": "MRT", "mexican": "MEX", "moldovan": "MDA", "mongolian": "MNG", "montenegrin": "MNE",
        "moroccan": "MAR", "mozambican": "MOZ", "namibian": "NAM", "nepalese": "NPL", "nepali": "NPL", "nicaraguan": "NIC",
        "nigerian": "NGA", "nigerien": "NER", "pakistani": "PAK", "palestinian": "PSE", "paraguayan": "PRY", "peruvian": "PER",
        "polish": "POL", "portuguese": "PRT", "romanian": "ROU", "russian": "RUS", "rwandan": "RWA", "salvadoran": "SLV",
        "salvadorean": "SLV", "saudi": "SAU", "senegalese": "SEN", "serbian": "SRB", "sierra leonean": "SLE",
        "slovak": "SVK", "slovenian": "SVN", "somali": "SOM", "south african": "ZAF", "south sudanese": "SSD",
        "spanish": "ESP", "sri lankan": "LKA", "sudanese": "SDN", "swedish": "SWE", "swiss": "CHE", "syrian": "SYR",
        "taiwanese": "TWN", "tajik": "TJK", "tanzanian": "TZA", "thai": "THA", "togolese": "TGO", "tunisian": "TUN",
        "turkish": "TUR", "turkmen": "TKM", "ugandan": "UGA", "ukrainian": "UKR", "american": "USA", "uzbek": "UZB",
        "venezuelan": "VEN", "vietnamese": "VNM", "yemeni": "YEM", "zambian": "ZMB", "zimbabwean": "ZWE",
        "north korean": "PRK", "south korean": "KOR",
    ]

    /// Adjectives of more than one country, with the names that tell them apart.
    static let ambiguous: [String: [String]] = [
        "congolese": ["Congo", "Democratic Republic of the Congo"],
        "dominican": ["Dominica", "Dominican Republic"],
        "korean": ["North Korea", "South Korea"],
        "guinean": ["Guinea", "Guinea-Bissau", "Equatorial Guinea"],
    ]

    /// The words after a country's name or adjective that say its nationals are meant, longest first.
    private static let nationalWords = [" nationals", " national", " citizens", " citizen", " nationality", " people"]

    /// What `category` names: a country's code, with the adjective read, or the countries an
    /// ambiguous adjective may mean; nil when it is no nationality tipdb knows.
    enum Reading: Equatable {
        case country(String)
        case ambiguous([String])
    }

    /// The nationality `category` writes (`Albanian`, `Albanians`, `Albanian nationals`, `UK
    /// national`), or nil. `place` reads a country's name or code as the place column does.
    static func read(_ category: String, place: (String) -> String?) -> Reading? {
        var folded = category.trimmingWhitespace().lowercased()
            .split(whereSeparator: { $0 == " " }).joined(separator: " ")
        var stripped = false
        for word in nationalWords where folded.hasSuffix(word) && folded.count > word.count {
            folded = String(folded.dropLast(word.count))
            stripped = true
            break
        }
        // `UK national`, `Albania nationals`: a place's name before the word.
        if stripped, let code = place(folded) { return .country(code) }
        for candidate in [folded, folded.hasSuffix("s") ? String(folded.dropLast()) : nil].compactMap({ $0 }) {
            if let code = countries[candidate] { return .country(code) }
            if let names = ambiguous[candidate] { return .ambiguous(names) }
        }
        return nil
    }
}
