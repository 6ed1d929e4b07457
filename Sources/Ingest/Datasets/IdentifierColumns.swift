/// Recognises column names that hold direct identifiers of a person, so that case-level ingest
/// refuses them: tipdb never stores names, document numbers, contact details, addresses or
/// dates of birth of survivors.
///
/// The patterns cover the person fields of the Human Trafficking Case Data Standard (HTCDS:
/// FirstName, MiddleName, SecondName, Birthdate, Email, HomePhone, MobilePhone, MailingStreet,
/// MailingPostalCode, MailingLatitude/Longitude, ...) and the usual spellings elsewhere
/// (`surname`, `passport_no`, `national_id`, `e-mail`, `DOB`). Names are compared after removing
/// everything but letters and digits, so `Date of birth`, `date_of_birth` and `dateOfBirth` match.
enum IdentifierColumns {
    /// What the column seems to hold (`a name`, `a passport number`, ...), or nil.
    static func kind(of column: String) -> String? {
        let key = String(column.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            .map(Character.init))
        let bare = key.hasPrefix("prs") ? String(key.dropFirst(3)) : key
        for (patterns, kind) in rules {
            for pattern in patterns where pattern.matches(bare) { return kind }
        }
        return nil
    }

    private enum Pattern {
        case exact(String)
        case contains(String)
        case suffix(String)

        func matches(_ key: String) -> Bool {
            switch self {
            case .exact(let text): key == text
            case .contains(let text): key.contains(text)
            case .suffix(let text): key.hasSuffix(text)
            }
        }
    }

    private static let rules: [([Pattern], String)] = [
        ([.suffix("name"), .suffix("names"), .contains("surname"), .exact("alias"), .exact("aliases")], "a name"),
        ([.contains("passport")], "a passport number"),
        ([.contains("nationalid"), .contains("identitynumber"), .contains("identitycard"), .contains("identitydocument"),
          .contains("idnumber"), .contains("idcard"), .exact("idno"), .exact("ssn"), .contains("socialsecurity"),
          .contains("documentnumber"), .contains("taxid"), .contains("personalnumber")], "an identity number"),
        ([.contains("phone"), .contains("mobile"), .exact("fax")], "a phone number"),
        ([.contains("email"), .exact("mail")], "an e-mail address"),
        ([.contains("address"), .contains("street"), .contains("postcode"), .contains("postalcode"), .contains("zipcode"),
          .exact("zip"), .contains("mailing"), .contains("latitude"), .contains("longitude"), .contains("geolocation")],
         "an address"),
        ([.contains("dateofbirth"), .contains("birthdate"), .contains("birthday"), .exact("dob")], "a date of birth"),
    ]
}
