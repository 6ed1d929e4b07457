/// A dimension `tipdb derive ctdc` counts people by.
///
/// Country, citizenship, year, gender and age band are single-valued: each person is in one
/// category (or "not recorded"), so counts add up to their totals. Form of exploitation and means
/// of control are multi-select flags: a person can be in several categories, counts do not add
/// up, and shares use CTDC's denominator (people with at least one flag of the group recorded).
public enum CaseDimension: String, CaseIterable, Codable, Sendable, Comparable {
    case country
    case citizenship
    case year
    case gender
    case age
    case form
    case means

    /// Other spellings accepted by `--by`.
    private static let aliases: [String: CaseDimension] = [
        "country-of-exploitation": .country, "exploitation-country": .country, "countryofexploitation": .country,
        "nationality": .citizenship, "yearofregistration": .year, "registration-year": .year, "sex": .gender,
        "age-band": .age, "ageband": .age, "agebroad": .age, "form-of-exploitation": .form, "exploitation": .form,
        "type-of-exploitation": .form, "means-of-control": .means, "control": .means, "meansofcontrol": .means,
    ]

    /// The dimension named by `text` (its name or an alias, any case), or nil.
    public static func named(_ text: String) -> CaseDimension? {
        let key = text.trimmingWhitespace().lowercased()
        return CaseDimension(rawValue: key) ?? aliases[key]
    }

    /// True for the multi-select flag groups (form, means).
    public var isMultiSelect: Bool { self == .form || self == .means }

    /// The dimension in words, for derivation notes.
    var words: String {
        switch self {
        case .country: "country of exploitation"
        case .citizenship: "citizenship"
        case .year: "year of registration"
        case .gender: "gender"
        case .age: "age band"
        case .form: "form of exploitation"
        case .means: "means of control"
        }
    }

    /// The dimension's name in `figure_breakdowns`.
    var breakdownName: String {
        switch self {
        case .country: "country-of-exploitation"
        case .citizenship: "citizenship"
        case .year: "year"
        case .gender: "gender"
        case .age: "age-band"
        case .form: "form"
        case .means: "means-of-control"
        }
    }

    /// The `cases` column of a single-valued dimension.
    var column: String? {
        switch self {
        case .country: "country_of_exploitation"
        case .citizenship: "citizenship"
        case .year: "year"
        case .gender: "gender"
        case .age: "age_band"
        case .form, .means: nil
        }
    }

    /// The flag columns of a multi-select dimension in a variant, with each flag's category code.
    func flags(in variant: String) -> [(column: String, category: String)] {
        let global = variant == CTDCVariant.global.rawValue
        switch self {
        case .form:
            let shared = [("is_forced_labour", "forced-labour"), ("is_sexual_exploit", "sexual-exploitation"),
                          ("is_other_exploit", "other-exploitation")]
            return global ? shared + [
                ("is_sex_and_labour", "sexual-and-labour-exploitation"), ("is_forced_marriage", "forced-marriage"),
                ("is_forced_military", "forced-military-service"), ("is_organ_removal", "organ-removal"),
                ("is_slavery_and_practices", "slavery-and-similar-practices"),
            ] : shared
        case .means:
            return global ? [
                ("means_debt_bondage", "debt-bondage"), ("means_takes_earnings", "takes-earnings"),
                ("means_restricts_financial_access", "restricts-financial-access"), ("means_threats", "threats"),
                ("means_psychological_abuse", "psychological-abuse"), ("means_physical_abuse", "physical-abuse"),
                ("means_sexual_abuse", "sexual-abuse"), ("means_false_promises", "false-promises"),
                ("means_psychoactive_substances", "psychoactive-substances"),
                ("means_restricts_movement", "restricts-movement"), ("means_restricts_medical_care", "restricts-medical-care"),
                ("means_excessive_working_hours", "excessive-working-hours"), ("means_uses_children", "uses-children"),
                ("means_threat_of_law_enforcement", "threat-of-law-enforcement"),
                ("means_withholds_necessities", "withholds-necessities"),
                ("means_withholds_documents", "withholds-documents"), ("means_other", "other"),
            ] : [
                ("means_debt_or_earnings", "debt-bondage-or-takes-earnings"), ("means_threats_any", "threats-any"),
                ("means_abuse_any", "psychological-physical-or-sexual-abuse"), ("means_false_promises", "false-promises"),
                ("means_psychoactive_substances", "psychoactive-substances"), ("means_deny_basic_needs", "denies-basic-needs"),
                ("means_excessive_working_hours", "excessive-working-hours"),
                ("means_withholds_documents", "withholds-documents"),
            ]
        default:
            return []
        }
    }

    public static func < (lhs: CaseDimension, rhs: CaseDimension) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
