/// Small CTDC case files for the end-to-end tests, with the header as CTDC publishes it (the
/// loader refuses a file without the columns `tipdb derive` counts by).
enum CaseFiles {
    /// The Global Synthetic Dataset's 27 columns, in CTDC's order.
    static let syntheticColumns = [
        "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation", "traffickMonths",
        "meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex", "meansFalsePromises", "meansDrugsAlcohol",
        "meansDenyBasicNeeds", "meansExcessiveWorkHours", "meansWithholdDocs", "isForcedLabour", "isSexualExploit",
        "isOtherExploit", "typeOfLabourAgriculture", "typeOfLabourConstruction", "typeOfLabourDomesticWork",
        "typeOfLabourHospitality", "typeOfSexProstitution", "typeOfSexPornography", "recruiterRelationIntimatePartner",
        "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther",
    ]

    /// The k-anonymised Global Dataset's 63 columns, in CTDC's order.
    static let globalColumns = [
        "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "majorityStatusAtExploit", "majorityEntry",
        "citizenship", "meansOfControlDebtBondage", "meansOfControlTakesEarnings", "meansOfControlRestrictsFinancialAccess",
        "meansOfControlThreats", "meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse", "meansOfControlSexualAbuse",
        "meansOfControlFalsePromises", "meansOfControlPsychoactiveSubstances", "meansOfControlRestrictsMovement",
        "meansOfControlRestrictsMedicalCare", "meansOfControlExcessiveWorkingHours", "meansOfControlUsesChildren",
        "meansOfControlThreatOfLawEnforcement", "meansOfControlWithholdsNecessities", "meansOfControlWithholdsDocuments",
        "meansOfControlOther", "meansOfControlNotSpecified", "meansOfControlConcatenated", "isForcedLabour", "isSexualExploit",
        "isOtherExploit", "isSexAndLabour", "isForcedMarriage", "isForcedMilitary", "isOrganRemoval", "isSlaveryAndPractices",
        "typeOfExploitConcatenated", "typeOfLabourAgriculture", "typeOfLabourAquafarming", "typeOfLabourBegging",
        "typeOfLabourConstruction", "typeOfLabourDomesticWork", "typeOfLabourHospitality", "typeOfLabourIllicitActivities",
        "typeOfLabourManufacturing", "typeOfLabourMiningOrDrilling", "typeOfLabourPeddling", "typeOfLabourTransportation",
        "typeOfLabourOther", "typeOfLabourNotSpecified", "typeOfLabourConcatenated", "typeOfSexProstitution",
        "typeOfSexPornography", "typeOfSexRemoteInteractiveServices", "typeOfSexPrivateSexualServices", "typeOfSexConcatenated",
        "isAbduction", "RecruiterRelationship", "CountryOfExploitation", "recruiterRelationIntimatePartner",
        "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther", "recruiterRelationUnknown",
    ]

    static var syntheticHeader: String { syntheticColumns.joined(separator: ",") }
    static var globalHeader: String { globalColumns.joined(separator: ",") }

    /// A Synthetic Dataset row: `values` by column name, every other column empty (not recorded).
    static func syntheticRow(_ values: [String: String]) -> String {
        syntheticColumns.map { values[$0] ?? "" }.joined(separator: ",")
    }

    /// A Global Dataset row: `values` by column name, every other column -99 (not recorded).
    static func globalRow(_ values: [String: String]) -> String {
        globalColumns.map { values[$0] ?? "-99" }.joined(separator: ",")
    }

    /// A Synthetic Dataset file of `groups`: people with one year and country of exploitation
    /// (women aged 18-20, citizens of Mexico, sexually exploited), each repeated `times`.
    static func synthetic(_ groups: [(times: Int, year: String, country: String)]) -> String {
        var text = syntheticHeader + "\n"
        for group in groups {
            let row = syntheticRow(["yearOfRegistration": group.year, "gender": "Woman", "ageBroad": "18--20",
                                    "citizenship": "MEX", "CountryOfExploitation": group.country, "isSexualExploit": "1"])
            text += String(repeating: row + "\n", count: group.times)
        }
        return text
    }
}
