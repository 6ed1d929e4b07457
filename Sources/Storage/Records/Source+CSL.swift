extension Source {
    /// Each source kind as the CSL type an export writes for it.
    public static let cslTypeOfKind: [String: String] = [
        "report": "report", "journal-article": "article-journal", "blog-post": "post-weblog", "statement": "speech",
        "legal-instrument": "legislation", "webpage": "webpage", "dataset": "dataset", "book": "book",
        "book-chapter": "chapter", "news": "article-newspaper", "thesis": "thesis", "other": "document",
    ]

    /// Every type of CSL 1.0.2, as the source kind it is closest to.
    ///
    /// Why all of them: a reference manager's export holds whatever its library holds, and one
    /// conference paper must not make the whole import fail. A type that is not the one its kind
    /// exports as is kept in `sources.csl`, so an export gives it back unchanged. `article` is CSL's
    /// preprint or working paper ("not in a journal"): a report, never a journal article, which a
    /// query of `kind = 'journal-article'` would count as peer-reviewed. An interview, a hearing and
    /// a personal communication are `other`, not statements: their CSL author (the interviewee, the
    /// witness, the writer) is who a reader cites, where a statement leads with the organisation that
    /// issued it (`statementIssuer`), and an interview on the BBC World Service was cited "BBC World
    /// Service 2021", its interviewee a mere contributor.
    public static let kindOfCSLType: [String: String] = [
        "article": "report", "article-journal": "journal-article", "paper-conference": "journal-article",
        "review": "journal-article", "review-book": "journal-article", "periodical": "journal-article",
        "article-magazine": "news", "article-newspaper": "news", "broadcast": "news",
        "bill": "legal-instrument", "legislation": "legal-instrument", "legal_case": "legal-instrument",
        "treaty": "legal-instrument", "regulation": "legal-instrument",
        "hearing": "other", "speech": "statement", "interview": "other", "personal_communication": "other",
        "book": "book", "classic": "book", "collection": "book",
        "chapter": "book-chapter", "entry": "book-chapter", "entry-dictionary": "book-chapter", "entry-encyclopedia": "book-chapter",
        "post": "blog-post", "post-weblog": "blog-post", "webpage": "webpage", "dataset": "dataset", "report": "report",
        "thesis": "thesis",
        "document": "other", "manuscript": "other", "pamphlet": "other", "figure": "other", "graphic": "other",
        "map": "other", "motion_picture": "other", "musical_score": "other", "patent": "other", "performance": "other",
        "software": "other", "song": "other", "event": "other", "standard": "other",
    ]
}
