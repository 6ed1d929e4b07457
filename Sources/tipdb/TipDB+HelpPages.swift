import ArgumentParser

extension TipDB {
    /// Prints the page that a flag among `arguments` asks for (`tipdb ingest --help-datasets`) on
    /// standard output and exits 0 (1 when it cannot be written); returns when no flag asks for one (`HelpPages`).
    ///
    /// The flag counts among the command's own words before any `--`, after which every word is a
    /// value (a file named `--help-datasets`).
    static func showHelpPage(_ arguments: [String]) {
        let (command, rest) = commandNamed(by: arguments)
        guard let pages = command as? HelpPages.Type else { return }
        let words = rest.prefix { $0 != "--" }
        guard let page = pages.helpPages.first(where: { words.contains($0.flag) })?.page else { return }
        var text = page.helpMessage()
        while text.last?.isWhitespace == true { text.removeLast() }
        print(text)
        exitChecked(withError: nil)
    }
}
