/// The rows of one file that repeat, cell for cell, a row an earlier file (or this one) of the
/// command gave with the same key: set aside, and told in one note per file they repeat.
///
/// Why one note and not one line each: two colleagues' exports loaded together repeat most of
/// their rows, and 78 identical "duplicate key" errors hid the one row that differed (a merging
/// review, session 52). A repeat changes nothing, so it is counted unchanged, and only the rows
/// that differ are errors, each naming the cells that differ.
struct IdenticalRepeats {
    private var byFile: [(file: String, count: Int, line: Int, key: String)] = []

    /// Counts a row that repeats the row on `line` of `file`, whose key is `key`.
    mutating func count(_ file: String, line: Int, key: String) {
        if let index = byFile.firstIndex(where: { $0.file == file }) {
            byFile[index].count += 1
        } else {
            byFile.append((file, 1, line, key))
        }
    }

    /// The notes for a file named `path`: `3 rows repeat rows of ana.csv cell for cell (the first:
    /// key "npl-2022", line 2 there): they change nothing, and are counted unchanged here`.
    func notes(file path: String) -> [String] {
        byFile.map { repeat_ in
            let of = repeat_.file == path ? "this file" : repeat_.file
            return repeat_.count == 1
                ? "1 row repeats a row of \(of) cell for cell (key \"\(repeat_.key)\", line \(repeat_.line) there): it changes nothing, "
                    + "and is counted unchanged here"
                : "\(repeat_.count) rows repeat rows of \(of) cell for cell (the first: key \"\(repeat_.key)\", line \(repeat_.line) there): "
                    + "they change nothing, and are counted unchanged here"
        }
    }
}
