extension Measure {
    /// The concept whose measures count children by definition: child labour and hazardous child
    /// labour count children aged 5 to 17.
    public static let childrenOnlyConcept = "child-labour"

    /// The age groups that are every child a measure of `childrenOnlyConcept` counts: `children`,
    /// or the band `5-17`. A narrower band (`5-11`) is a subgroup.
    public static let everyChildAgeGroups: Set<String> = ["children", "5-17"]

    /// Whether a figure of this measure with age group `ageGroup` is the measure's whole filed as
    /// a subgroup: child labour for `children` or `5-17`, which should be `total`.
    ///
    /// Why one function: ingest warns at the row's age group cell and `tipdb check`'s
    /// `whole-as-subgroup` lists rows already stored, both by `takesAsWhole(concept:ageGroup:)`,
    /// so the two cannot name different figures. Key figures, `latest_estimates` and the data gaps
    /// take a figure for everyone as one with age group `total`, so the world's 160 million
    /// children in child labour filed as `children` left the brief without a key figure.
    public func takesAsWhole(ageGroup: String) -> Bool {
        Self.takesAsWhole(concept: concept, ageGroup: ageGroup)
    }

    /// `takesAsWhole(ageGroup:)` for a measure known by its concept alone, as `tipdb check` reads
    /// stored rows.
    public static func takesAsWhole(concept: String, ageGroup: String) -> Bool {
        concept == childrenOnlyConcept && everyChildAgeGroups.contains(ageGroup)
    }
}
