/// The columns of the `cases` table (besides its row number `id`).
///
/// Kept as an enum so that the loader binds by position instead of looking names up per row.
enum CaseColumn: Int, CaseIterable, Sendable {
    case datasetID, line, year, dataSource, gender, ageBand, majorityStatus, majorityStatusAtExploit, majorityEntry
    case citizenship, countryOfExploitation, traffickMonths
    case meansDebtBondage, meansTakesEarnings, meansRestrictsFinancialAccess, meansThreats, meansPsychologicalAbuse
    case meansPhysicalAbuse, meansSexualAbuse, meansFalsePromises, meansPsychoactiveSubstances, meansRestrictsMovement
    case meansRestrictsMedicalCare, meansExcessiveWorkingHours, meansUsesChildren, meansThreatOfLawEnforcement
    case meansWithholdsNecessities, meansWithholdsDocuments, meansOther, meansNotSpecified, meansConcatenated
    case meansDebtOrEarnings, meansThreatsAny, meansAbuseAny, meansDenyBasicNeeds
    case isForcedLabour, isSexualExploit, isOtherExploit, isSexAndLabour, isForcedMarriage, isForcedMilitary
    case isOrganRemoval, isSlaveryAndPractices, typeOfExploitConcatenated
    case labourAgriculture, labourAquafarming, labourBegging, labourConstruction, labourDomesticWork, labourHospitality
    case labourIllicitActivities, labourManufacturing, labourMiningOrDrilling, labourPeddling, labourTransportation
    case labourOther, labourNotSpecified, labourConcatenated
    case sexProstitution, sexPornography, sexRemoteInteractiveServices, sexPrivateSexualServices, sexConcatenated
    case isAbduction, recruiterRelationship, recruiterIntimatePartner, recruiterFriend, recruiterFamily, recruiterOther
    case recruiterUnknown

    /// The SQL column name: the case name in snake case (`meansDebtBondage` → `means_debt_bondage`).
    var sqlName: String {
        if self == .datasetID { return "dataset_id" }
        var out = ""
        for character in String(describing: self) {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The INSERT for a file with `columns`: `dataset_id` is `?1`, `line` is `?2`, then the
    /// file's columns in order. Columns the file does not have are left out and stay NULL, which
    /// keeps the statement SQLite runs for every row as short as the file allows.
    static func insertSQL(columns: [CaseColumn]) -> String {
        let names = ([.datasetID, .line] + columns).map(\.sqlName)
        let parameters = names.indices.map { "?\($0 + 1)" }
        return "INSERT INTO cases (\(names.joined(separator: ", "))) VALUES (\(parameters.joined(separator: ", ")))"  // sql-constant: this enum's column names and ?NNN placeholders
    }
}
