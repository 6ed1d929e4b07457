/// The words of a question put in plain English that say what is asked, not which figures:
/// `how many people are in modern slavery` asks for the figures of modern slavery that count
/// people, and no figure's text need hold "how", "many", "are" or "people".
///
/// Why: search narrows a measure's figures by each other word of the query, and a member's
/// researcher typing the member's question got the figures whose notes happened to hold
/// "people" (a 12% share of children, a 1995-2004 minimum, a 98% female share) and not the
/// 49.6 million the question was about (parliamentary review of session 51). A short list, so
/// that what is read so can be said in a note and a word can still be matched as typed, in
/// double quotes.
public enum QuestionWords {
    /// Words that ask for a figure and narrow nothing: question words, verbs of being, and the
    /// words for "a figure" itself (`number`, `total`, `latest`, `figure`).
    public static let asking: Set<String> = [
        "how", "many", "much", "what", "which", "is", "are", "was", "were", "there", "number", "numbers",
        "total", "latest", "current", "currently", "now", "today", "figure", "figures", "living", "live",
    ]

    /// Words that say the figures wanted count people (`people in forced labour`, `modern slavery
    /// victims`): read as the unit `persons`, not as words of a figure's text.
    public static let people: Set<String> = ["people", "persons", "person", "individuals", "victims", "victim"]

    /// The unit a word of `people` asks for.
    public static let peopleUnit = "persons"

    /// Whether `word` (as typed, any case) is one of `asking`.
    public static func asks(_ word: String) -> Bool { asking.contains(word.lowercased()) }

    /// Whether `word` (as typed, any case) is one of `people`.
    public static func countsPeople(_ word: String) -> Bool { people.contains(word.lowercased()) }
}
