/// A path as the user spelled it, taken apart without Foundation's path methods.
///
/// Why not `NSString.deletingLastPathComponent`: in swift-corelibs-foundation (Swift 6.3) it
/// crashes with SIGILL on any one-character path (`a`, `é`, `-`), so `tipdb backup a` and
/// `report sources -o r` died instead of writing. The spelling is kept (no `/private`, no
/// absolute path) because messages show the names the user typed.
enum PathSpelling {
    /// The folder part of `path`: `out` for `out/brief.md`, `/` for `/brief.md`, and "" for a
    /// bare name (the working directory). Slashes before the last component are dropped
    /// (`out//brief.md` gives `out`), as `deletingLastPathComponent` did.
    static func folder(of path: String) -> String {
        guard var end = path.lastIndex(of: "/") else { return "" }
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        return end == path.startIndex ? "/" : String(path[..<end])
    }

    /// `name` inside `folder`, spelled as `folder/name`, or `name` alone when `folder` is "".
    static func appending(_ name: String, to folder: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
