extension Audit {
    /// The check's name.
    static let studyOfAnotherSourceCheck = "study-of-another-source"

    /// The message of the `study-of-another-source` warning, in the words of ingest's warning at
    /// such a figure's study cell.
    static let studyOfAnotherSourceMessage = "figures whose study is a study of another source than the figure's own: "
        + "a brief lists each among the study's findings, under the study's source; expected the study's own source, "
        + "or, for a number the figure's source repeats from the study, no study and cites naming the study's figure"

    /// One row of the rule: "b1: survey is a study of source src1, and this figure's source is blog".
    public static func studyOfAnotherSourceRow(figure: String, study: String, studySource: String, figureSource: String) -> String {
        "\(figure): \(study) is a study of source \(studySource), and this figure's source is \(figureSource)"
    }

    /// Figures whose `study` is a study of another source than their `source`.
    ///
    /// Why a rule of its own: ingest warns of such a figure as it loads it (`StudySourceCheck`),
    /// but a database loaded before that warning existed, or written with SQL, was never told,
    /// and its brief still files the figure under the study's source. A warning, as ingest's: a
    /// study published in several places can be right.
    func studiesOfAnotherSource(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow("""
            SELECT f.key, f.study, t.source, f.source
            FROM figures f JOIN studies t ON t.key = f.study
            WHERE f.study IS NOT NULL AND t.source IS NOT NULL AND t.source <> f.source
            ORDER BY f.key
            """) { figure in
            row(Self.studyOfAnotherSourceRow(
                figure: figure.string(at: 0) ?? "", study: figure.string(at: 1) ?? "",
                studySource: figure.string(at: 2) ?? "", figureSource: figure.string(at: 3) ?? ""), [figure.string(at: 0) ?? ""])
        }
    }
}
