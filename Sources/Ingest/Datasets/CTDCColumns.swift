/// The columns of CTDC's two case-level files, as published, with the `cases` column each fills
/// and how its values are read.
///
/// The Synthetic Dataset merges some of the Global Dataset's means of control into one column
/// (`meansThreats` is threats, uses children or threat of law enforcement): merged columns get
/// their own `cases` columns, never the specific ones, so a count never mixes the two meanings.
struct CTDCColumn: Sendable {
    /// How a column's values are read and stored.
    enum Kind: Sendable, Equatable {
        /// A four-digit year.
        case year
        /// `0`, `1`, or missing (`-99`, empty, `NULL`).
        case flag
        /// Case Management or Hotline, stored as a code.
        case dataSource
        case gender
        /// `0--8`, `09--17`, `48+` (hyphens, en or em dashes), stored as `0-8`, `9-17`, `48+`.
        case ageBand
        /// Adult or Minor.
        case majority
        /// ISO 3166-1 alpha-2 or alpha-3, stored as the places code (alpha-3).
        case country
        /// `0--12 (0-1 yr)`, stored as `0-12`.
        case months
        /// CTDC's labels, `;`-separated (``CTDCLabels``): any other text is not stored.
        case labels(CTDCLabels)

        /// A text column's labels, for messages; nil for any other kind.
        var labelExamples: [String]? {
            if case .labels(let labels) = self { return labels.examples }
            return nil
        }
    }

    let name: String
    let column: CaseColumn
    let kind: Kind

    init(_ name: String, _ column: CaseColumn, _ kind: Kind) {
        self.name = name
        self.column = column
        self.kind = kind
    }

    /// The k-anonymised Global Dataset's 63 columns, in order.
    static let global: [CTDCColumn] = [
        .init("yearOfRegistration", .year, .year), .init("Datasource", .dataSource, .dataSource),
        .init("gender", .gender, .gender), .init("ageBroad", .ageBand, .ageBand),
        .init("majorityStatus", .majorityStatus, .majority), .init("majorityStatusAtExploit", .majorityStatusAtExploit, .majority),
        .init("majorityEntry", .majorityEntry, .majority), .init("citizenship", .citizenship, .country),
        .init("meansOfControlDebtBondage", .meansDebtBondage, .flag), .init("meansOfControlTakesEarnings", .meansTakesEarnings, .flag),
        .init("meansOfControlRestrictsFinancialAccess", .meansRestrictsFinancialAccess, .flag),
        .init("meansOfControlThreats", .meansThreats, .flag), .init("meansOfControlPsychologicalAbuse", .meansPsychologicalAbuse, .flag),
        .init("meansOfControlPhysicalAbuse", .meansPhysicalAbuse, .flag), .init("meansOfControlSexualAbuse", .meansSexualAbuse, .flag),
        .init("meansOfControlFalsePromises", .meansFalsePromises, .flag),
        .init("meansOfControlPsychoactiveSubstances", .meansPsychoactiveSubstances, .flag),
        .init("meansOfControlRestrictsMovement", .meansRestrictsMovement, .flag),
        .init("meansOfControlRestrictsMedicalCare", .meansRestrictsMedicalCare, .flag),
        .init("meansOfControlExcessiveWorkingHours", .meansExcessiveWorkingHours, .flag),
        .init("meansOfControlUsesChildren", .meansUsesChildren, .flag),
        .init("meansOfControlThreatOfLawEnforcement", .meansThreatOfLawEnforcement, .flag),
        .init("meansOfControlWithholdsNecessities", .meansWithholdsNecessities, .flag),
        .init("meansOfControlWithholdsDocuments", .meansWithholdsDocuments, .flag),
        .init("meansOfControlOther", .meansOther, .flag), .init("meansOfControlNotSpecified", .meansNotSpecified, .flag),
        .init("meansOfControlConcatenated", .meansConcatenated, .labels(.meansOfControl)),
        .init("isForcedLabour", .isForcedLabour, .flag), .init("isSexualExploit", .isSexualExploit, .flag),
        .init("isOtherExploit", .isOtherExploit, .flag), .init("isSexAndLabour", .isSexAndLabour, .flag),
        .init("isForcedMarriage", .isForcedMarriage, .flag), .init("isForcedMilitary", .isForcedMilitary, .flag),
        .init("isOrganRemoval", .isOrganRemoval, .flag), .init("isSlaveryAndPractices", .isSlaveryAndPractices, .flag),
        .init("typeOfExploitConcatenated", .typeOfExploitConcatenated, .labels(.typeOfExploit)),
        .init("typeOfLabourAgriculture", .labourAgriculture, .flag), .init("typeOfLabourAquafarming", .labourAquafarming, .flag),
        .init("typeOfLabourBegging", .labourBegging, .flag), .init("typeOfLabourConstruction", .labourConstruction, .flag),
        .init("typeOfLabourDomesticWork", .labourDomesticWork, .flag), .init("typeOfLabourHospitality", .labourHospitality, .flag),
        .init("typeOfLabourIllicitActivities", .labourIllicitActivities, .flag),
        .init("typeOfLabourManufacturing", .labourManufacturing, .flag),
        .init("typeOfLabourMiningOrDrilling", .labourMiningOrDrilling, .flag), .init("typeOfLabourPeddling", .labourPeddling, .flag),
        .init("typeOfLabourTransportation", .labourTransportation, .flag), .init("typeOfLabourOther", .labourOther, .flag),
        .init("typeOfLabourNotSpecified", .labourNotSpecified, .flag), .init("typeOfLabourConcatenated", .labourConcatenated, .labels(.typeOfLabour)),
        .init("typeOfSexProstitution", .sexProstitution, .flag), .init("typeOfSexPornography", .sexPornography, .flag),
        .init("typeOfSexRemoteInteractiveServices", .sexRemoteInteractiveServices, .flag),
        .init("typeOfSexPrivateSexualServices", .sexPrivateSexualServices, .flag),
        .init("typeOfSexConcatenated", .sexConcatenated, .labels(.typeOfSex)), .init("isAbduction", .isAbduction, .flag),
        .init("RecruiterRelationship", .recruiterRelationship, .labels(.recruiterRelationship)),
        .init("CountryOfExploitation", .countryOfExploitation, .country),
        .init("recruiterRelationIntimatePartner", .recruiterIntimatePartner, .flag),
        .init("recruiterRelationFriend", .recruiterFriend, .flag), .init("recruiterRelationFamily", .recruiterFamily, .flag),
        .init("recruiterRelationOther", .recruiterOther, .flag), .init("recruiterRelationUnknown", .recruiterUnknown, .flag),
    ]

    /// The Global Synthetic Dataset's 27 columns, in order.
    static let synthetic: [CTDCColumn] = [
        .init("yearOfRegistration", .year, .year), .init("gender", .gender, .gender), .init("ageBroad", .ageBand, .ageBand),
        .init("citizenship", .citizenship, .country), .init("CountryOfExploitation", .countryOfExploitation, .country),
        .init("traffickMonths", .traffickMonths, .months),
        .init("meansDebtBondageEarnings", .meansDebtOrEarnings, .flag), .init("meansThreats", .meansThreatsAny, .flag),
        .init("meansAbusePsyPhySex", .meansAbuseAny, .flag), .init("meansFalsePromises", .meansFalsePromises, .flag),
        .init("meansDrugsAlcohol", .meansPsychoactiveSubstances, .flag), .init("meansDenyBasicNeeds", .meansDenyBasicNeeds, .flag),
        .init("meansExcessiveWorkHours", .meansExcessiveWorkingHours, .flag),
        .init("meansWithholdDocs", .meansWithholdsDocuments, .flag),
        .init("isForcedLabour", .isForcedLabour, .flag), .init("isSexualExploit", .isSexualExploit, .flag),
        .init("isOtherExploit", .isOtherExploit, .flag),
        .init("typeOfLabourAgriculture", .labourAgriculture, .flag), .init("typeOfLabourConstruction", .labourConstruction, .flag),
        .init("typeOfLabourDomesticWork", .labourDomesticWork, .flag), .init("typeOfLabourHospitality", .labourHospitality, .flag),
        .init("typeOfSexProstitution", .sexProstitution, .flag), .init("typeOfSexPornography", .sexPornography, .flag),
        .init("recruiterRelationIntimatePartner", .recruiterIntimatePartner, .flag),
        .init("recruiterRelationFriend", .recruiterFriend, .flag), .init("recruiterRelationFamily", .recruiterFamily, .flag),
        .init("recruiterRelationOther", .recruiterOther, .flag),
    ]
}
