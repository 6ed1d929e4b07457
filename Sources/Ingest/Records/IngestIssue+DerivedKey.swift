extension IngestIssue {
    /// ` (the row has no key; the key derived from its fields is "KEY")`, said after an error of
    /// a refused row without a key.
    ///
    /// Why: such a row is known to the user by its fields, to tipdb by that key, which a later
    /// duplicate's error, a `cites` and `figures.key` use. Named in the error, it is in the
    /// `--json` report and in `ingest_rejects.reason` too, where the row can be found by it.
    static func derivedKeyNote(_ key: String) -> String {
        " (the row has no key; the key derived from its fields is \"\(key)\")"
    }

    /// `issues`, the first by position naming `derivedKey` (`derivedKeyNote`) unless one of them
    /// already quotes it (a derived-key clash or a duplicate says it their own way).
    static func naming(derivedKey: String?, in issues: [IngestIssue]) -> [IngestIssue] {
        guard let derivedKey, !issues.contains(where: { $0.message.contains("\"\(derivedKey)\"") }),
              let first = issues.indices.min(by: { (issues[$0].line, issues[$0].column) < (issues[$1].line, issues[$1].column) })
        else { return issues }
        var named = issues
        let issue = issues[first]
        // Made again, so that the key, built from the row's text, is escaped as any message is.
        named[first] = IngestIssue(file: issue.file, line: issue.line, column: issue.column,
                                   message: issue.message + derivedKeyNote(derivedKey))
        named[first].unknownReference = issue.unknownReference
        return named
    }
}
