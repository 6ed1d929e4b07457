/// One element of a `;`-separated list field (`places`, `tags`, `authors`), trimmed, with the
/// position of its first character in the file.
struct ListItem: Sendable, Equatable {
    var text: String
    var line: Int
    var column: Int
}
