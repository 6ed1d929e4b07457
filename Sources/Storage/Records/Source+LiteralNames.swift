extension Source {
    /// Whether `name`, one of the `authors` column's names, is an organisation its CSL record
    /// gave whole (`{"literal": "Smith, Jones & Partners"}`) rather than a person's `Family, Given`.
    ///
    /// Why: the authors column writes both as text, and a firm's name with a comma reads there as a
    /// person's. Cited as "Smith 2019" and written to BibTeX as family Smith, given "Jones &
    /// Partners", the work was credited to someone who does not exist. The CSL record ingest keeps
    /// (compact JSON, as `sources.csl` holds it) says which it was; a source loaded from CSV has no
    /// record, and its names are read as the file contract writes them.
    public func namesOrganisation(_ name: String) -> Bool {
        guard let csl, name.contains(",") else { return false }
        let value = JSONString.literal(name)
        return csl.contains("\"literal\":" + value) || csl.contains("\"literal\": " + value)
    }
}
