extension Audit {
    /// Figures whose study covers neither their place nor their period (`StudyCoverage`):
    /// "ken-2016: gsi-2023-model covers India and Pakistan, 2021; this figure is for Kenya, 2016".
    ///
    /// Why a rule beside ingest's warning: a database loaded before the warning existed, or whose
    /// study was given its places in a later studies file, was never told. A warning: a study's
    /// places and period as a user typed them can be too narrow.
    func figuresOutsideStudies(_ row: (_ text: String, _ keys: [String]) -> Void) throws {
        // sql-constant: StudyCoverage.query and its conditions, fixed column names
        let flagged = try db.rows(StudyCoverage.query(from: "figures") + " ORDER BY key")
        for figure in flagged {
            guard let key = figure.string("key"), let gap = try db.studyCoverageText(figure) else { continue }
            row("\(key): \(gap)", [key])
        }
    }
}
