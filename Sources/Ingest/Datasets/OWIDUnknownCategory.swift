import Storage

/// The categories an Our World in Data column title says were not recorded: "Unknown age", "Sex
/// not recorded", "with form of exploitation not known", read with the words a figures file's
/// cells are (`UnknownCategory`), and stored or refused as a figures file does: the age group
/// and the form `unknown`, a sex refused (`figures.sex` has no unknown).
///
/// Why: the title's other words were read and these dropped, so a count of victims of unknown
/// age was stored as the country's total of every age and became its key figure (Kenya's 7 in
/// place of 41), although README promised that a subgroup tipdb cannot store is refused rather
/// than stored as all victims (a national statistician's review, session 53).
struct OWIDUnknownCategory {
    /// True when the title says the age is unknown.
    private(set) var age = false
    /// True when the title says the form of exploitation is unknown.
    private(set) var form = false
    /// The words read, which no other rule reads again ("age" is a word of an age band).
    private(set) var used = Set<Int>()

    /// Marks that say a category is unknown without saying which (`Detected victims - Unknown`):
    /// refused, since tipdb cannot tell which part of the subgroup to store as unknown. Fewer than
    /// `UnknownCategory.marks`: "not identified" may be said of victims, not of a category.
    private static let bareMarks = ["unknown", "unspecified", "not recorded", "not stated"]

    /// - Throws: for a sex not recorded, and for a mark that names no sex, age or form.
    init(_ title: OWIDTitleWords, name: String) throws(OWIDTitle.Refusal) {
        for dimension in UnknownCategory.Dimension.allCases {
            // Longest first, so that "form of exploitation not known" is read whole.
            for phrase in UnknownCategory.phrases(for: dimension).sorted(by: { $0.count > $1.count }) {
                let length = phrase.split(separator: " ").count
                for start in title.starts(of: phrase) where used.isDisjoint(with: start..<(start + length)) {
                    used.formUnion(start..<(start + length))
                    switch dimension {
                    case .sex:
                        throw OWIDTitle.Refusal(message: "\(name): \(Terms.unknownSex(phrase)); a column of only the people whose sex "
                            + "was not recorded is not a subgroup tipdb stores, and it is not both sexes: leave the column out")
                    case .age: age = true
                    case .form: form = true
                    }
                }
            }
        }
        for mark in Self.bareMarks {
            let length = mark.split(separator: " ").count
            if title.starts(of: mark).contains(where: { used.isDisjoint(with: $0..<($0 + length)) }) {
                throw OWIDTitle.Refusal(message: "\(name) says \"\(mark)\" without naming what is \(mark): tipdb cannot tell which "
                    + "subgroup it is, and will not store it as all victims; expected the column title to say age or form "
                    + "(Unknown age, form of exploitation not known; sex cannot be unknown), or the column left out")
            }
        }
    }
}
