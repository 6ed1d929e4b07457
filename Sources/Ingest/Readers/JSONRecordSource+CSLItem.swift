extension JSONRecordSource {
    /// What to say of a file that holds one object, not an array, when that object is one
    /// CSL-JSON item: under `--format csl-json` an object with any of `type`, `id`, `title`,
    /// `author` or `issued`, under any format one with `type` and an `id` or a `title`. Nil for
    /// any other object.
    ///
    /// Why: doi.org gives one item, not an array, for a DOI asked for as CSL-JSON
    /// (`curl -LH "Accept: application/vnd.citationstyles.csl+json" https://doi.org/...`); such a
    /// file was told to give its `author` array as the whole file, which would have loaded the
    /// article's authors as sources.
    static func oneCSLItemMessage(_ members: [JSONMember], format: InputFormat) -> String? {
        let names = members.map(\.key)
        let told = format == .cslJSON
            ? names.filter { ["type", "id", "title", "author", "issued"].contains($0) }
            : names.contains("type") ? names.filter { ["type", "id", "title"].contains($0) } : []
        guard told.count >= (format == .cslJSON ? 1 : 2) else { return nil }
        let listed = Array(Set(told)).sorted()
        let evidence = listed.dropLast().joined(separator: ", ") + (listed.count > 1 ? " and " : "") + (listed.last ?? "")
        return "the file holds one CSL-JSON item (an object with \(evidence)), as doi.org gives one for a DOI, "
            + "not an array of items; expected [{...}, {...}]: wrap the item in [ and ] (jq '[.]' prints it so)"
    }
}
