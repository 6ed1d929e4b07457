/// Words of a search that name a subgroup the figures record in their own columns, not in their
/// text: `children`, `girls`, `women`, `male`. Each stands for a condition on `f.sex` and
/// `f.age_group`, which a figure matches instead of having the word in its quote or notes.
///
/// Why: `tipdb search forced labour children` said that no figure has the word "children" while
/// the 3.3 million children in forced labour were stored with `age_group` children, and in a
/// larger database a misquote whose text says "children" was found in its place: the number a
/// donor's researcher found was the wrong one (a child-rights specialist's review, session 55).
enum SubgroupWords {
    /// Figures of children: `children`, or a band of ages that ends before 18 (`5-17`).
    private static let child = "(f.age_group = 'children' OR (f.age_group GLOB '[0-9]*-[0-9]*' "
        + "AND CAST(substr(f.age_group, instr(f.age_group, '-') + 1) AS INTEGER) <= 17))"
    /// Figures of adults: `adults`, or a band of ages from 18 on (`18-20`, `18+`).
    private static let adult = "(f.age_group = 'adults' OR (f.age_group GLOB '[0-9]*[-+]*' "
        + "AND CAST(f.age_group AS INTEGER) >= 18))"
    private static let female = "f.sex = 'female'"
    private static let male = "f.sex = 'male'"

    /// The condition for each word, as typed in lower case.
    private static let conditions: [String: String] = {
        var conditions: [String: String] = [:]
        for word in ["children", "child", "minors", "minor", "kids", "juveniles"] { conditions[word] = child }
        for word in ["adults", "adult"] { conditions[word] = adult }
        for word in ["female", "females"] { conditions[word] = female }
        for word in ["male", "males"] { conditions[word] = male }
        // Women and men are adults where a figure says its ages; a figure for everyone's ages is theirs too.
        for word in ["women", "woman"] { conditions[word] = "(\(female) AND NOT \(child))" }
        for word in ["men", "man"] { conditions[word] = "(\(male) AND NOT \(child))" }
        for word in ["girls", "girl"] { conditions[word] = "(\(female) AND \(child))" }
        for word in ["boys", "boy"] { conditions[word] = "(\(male) AND \(child))" }
        return conditions
    }()

    /// The SQL condition over a figure `f` that `word` names, or nil when it names no subgroup.
    /// A constant of this type: no text of the query is in it.
    static func condition(for word: String) -> String? {
        conditions[word.lowercased()]
    }
}
