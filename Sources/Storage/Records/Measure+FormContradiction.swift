extension Measure {
    /// For each concept (`measures.concept`), the forms of exploitation (`forms.code`) no figure
    /// of it can be restricted to: what `form-contradicts-measure` names and ingest refuses.
    ///
    /// Why these: the ILO's Global Estimates count forced labour and forced marriage as the two
    /// disjoint parts of modern slavery, so forced marriage is no form of forced labour and no
    /// form of forced labour is one of forced marriage; organ removal, illegal adoption and the
    /// sale of babies are purposes of trafficking, not work; and a forced marriage is no child
    /// labour, whatever the child's age. A figure filed so was typed under the wrong measure or
    /// the wrong form, and a brief would add it to the wrong whole (review of session 55).
    ///
    /// Kept short on purpose: trafficking and modern slavery take every form, and a form whose
    /// fit depends on the publisher (domestic servitude, sexual exploitation) is not listed.
    /// `unknown`, `mixed-forms` and `other-exploitation` fit every concept.
    public static let formsOutsideConcept: [String: Set<String>] = [
        "forced-labour": ["forced-marriage", "organ-removal", "illegal-adoption", "baby-selling"],
        "forced-marriage": [
            "forced-labour", "privately-imposed-forced-labour", "forced-commercial-sexual-exploitation",
            "state-imposed-forced-labour", "sexual-and-labour-exploitation", "forced-criminal-activity", "begging",
            "organ-removal", "illegal-adoption", "forced-military-service", "baby-selling", "child-labour",
        ],
        "child-labour": ["forced-marriage", "organ-removal", "illegal-adoption", "baby-selling"],
    ]

    /// Whether a figure of this measure restricted to `form` is a `form-contradicts-measure`
    /// error (`formsOutsideConcept`).
    ///
    /// Why one function: `tipdb check` lists such figures and ingest refuses them at the form
    /// cell, so the two cannot name different rows.
    public func isContradicted(byForm form: String) -> Bool {
        Self.formsOutsideConcept[concept]?.contains(form) ?? false
    }
}
