/// The notes (caveats) of the figures in one table, lettered for a Note column and a list under
/// the table.
///
/// Why notes at all: a figure's note is where its caveat lives ("minimum estimate", "an upper
/// bound, rounded", "do not compute change against the 2014 edition"); a number printed without
/// it says more than its source did. Why listed under the table rather than in a column of
/// their own: notes run to several sentences, and a column of them would squeeze the figures a
/// reader scans into a sliver. Why each distinct text once: figures of one publication often
/// share a note (the five regional ILO 2024 profits), and five copies of it bury the others.
/// Why letters, not numbers: a number in a row of figures reads as data (a `3` beside `<11`
/// looks like the count disclosure control hid), and `[n]` already means a reference.
/// Markdown and HTML letter notes with this one type, so the two formats agree.
///
/// A figure's `quote`, the words of its source that give the number, ends its note
/// (`quotePrefix`): it is the evidence a reader checks the number against, and the words can
/// show what the number lost on the way ("2.4 million according to the United Nations", a blog's
/// words for an ILO estimate). Markdown and HTML showed only the locator (`[2, p. 12]`), and JSON
/// and CSV alone the quote. It is given whole, as JSON's `quote` gives it: under the table, not
/// in a cell, a long quote leaves the rows readable.
struct TableNotes: Sendable {
    /// The distinct notes, in the order of the first figure that has each; note n is `texts[n - 1]`.
    private(set) var texts: [String] = []
    /// Each note's letter (`markers[n - 1]` is note n's), made once: a table asks for one per row,
    /// and spelling it out each time (an array of `Character`s, reversed) was 63M instructions of
    /// a 100,000-figure brief (`callgrind`).
    private var markers: [String] = []
    private var numbers: [String: Int] = [:]
    /// The key of the first figure with each note (`firstKeys[n - 1]`): the row the HTML note
    /// links back to.
    private(set) var firstKeys: [String] = []

    /// Numbers the notes of `figures`, in table order; figures without a note or a quote get none.
    ///
    /// The figures are read in place, field by field: `for figure in figures` copied each entry,
    /// retaining its some 40 strings and arrays, 2 % of a 100,000-figure brief's time (session 54).
    init(_ figures: [FigureEntry]) {
        figures.withUnsafeBufferPointer { entries in
            guard let first = entries.baseAddress else { return }
            for index in entries.indices {
                let entry = first + index
                let keyReused = FigureEntry.laterNote(keyReused: entry.pointee.keyReused, history: entry.pointee.history)
                guard let note = Self.note(entry.pointee.notes, quote: entry.pointee.quote, keyReused: keyReused), numbers[note] == nil else { continue }
                texts.append(note)
                firstKeys.append(entry.pointee.key)
                markers.append(Self.marker(texts.count))
                numbers[note] = texts.count
            }
        }
    }

    /// The notes of each figures table, by measure: a brief has one table per measure.
    ///
    /// The tables on every core (`ParallelWork`): each table's notes depend on its figures
    /// alone, and numbering them one table after another was 17 ms of a 100,000-figure brief's
    /// last stretch, which runs on one thread (`perf`, session 58).
    static func byMeasure(_ groups: [FigureGroup]) -> [String: TableNotes] {
        let made = ParallelWork.array(groups.count, minimum: 2) { TableNotes(groups[$0].figures) }
        var notes: [String: TableNotes] = [:]
        for (group, tableNotes) in zip(groups, made) { notes[group.measure] = tableNotes }
        return notes
    }

    var isEmpty: Bool { texts.isEmpty }

    /// Note n's letter, as made once for the table (`marker(_:)`).
    func marker(ofNote number: Int) -> String { markers[number - 1] }

    /// The letter of the figure's note (`a`), or nil when it has none.
    func marker(_ figure: FigureEntry) -> String? {
        marker(notes: figure.notes, quote: figure.quote, keyReused: figure.laterNote)
    }

    /// The letter of the note of a figure whose notes and quote are `notes` and `quote`
    /// (`FigureEntry.notes`, `.quote`), or nil when it has neither: for a row that reads its
    /// entry's fields in place (`FigureTables`).
    func marker(notes: String?, quote: String?, keyReused: String? = nil) -> String? {
        number(notes: notes, quote: quote, keyReused: keyReused).map { markers[$0 - 1] }
    }

    /// The number of the note of a figure whose notes and quote are these, or nil for none.
    func number(notes: String?, quote: String?, keyReused: String? = nil) -> Int? {
        Self.note(notes, quote: quote, keyReused: keyReused).flatMap { numbers[$0] }
    }

    /// What a note says before the quote: `Minimum estimate. In the source's words: "..."`.
    static let quotePrefix = "In the source's words: "

    /// The note as printed: the figure's notes (`note(_:)`), then its quote in double quotes
    /// after `quotePrefix`, a full stop put between them where the notes end without one.
    ///
    /// A key that held another figure (`FigureEntry.keyReused`) is said after the notes, before
    /// the quote: it is about the key, and the quote stays last as the evidence.
    static func note(_ notes: String?, quote: String?, keyReused: String? = nil) -> String? {
        var trimmed = Self.note(notes)
        if let keyReused { trimmed = trimmed.map { Self.sentence($0) + keyReused } ?? keyReused }
        guard let quote, let words = Self.note(quote) else { return trimmed }
        let said = quotePrefix + "\"" + words + "\""
        guard let trimmed else { return said }
        return Self.sentence(trimmed) + said
    }

    /// `text` ended as a sentence and followed by a space: a full stop put in where it has none.
    private static func sentence(_ text: String) -> String {
        text + (text.hasSuffix(".") || text.hasSuffix("!") || text.hasSuffix("?") ? " " : ". ")
    }

    /// Note n's letter: `a` to `z`, then `aa`, `ab`, ..., as HTML's lower-alpha lists count.
    ///
    /// Written as bytes: an array of `Character`s, reversed, took 4,700 instructions a letter,
    /// 47M for the 9,860 notes of a 100,000-figure brief (`callgrind`).
    static func marker(_ number: Int) -> String {
        var length = 0
        var rest = number
        while rest > 0 {
            rest = (rest - 1) / 26
            length += 1
        }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var rest = number
            var position = length
            while rest > 0 {
                rest -= 1
                position -= 1
                bytes[position] = UInt8(97 + rest % 26)
                rest /= 26
            }
            return length
        }
    }

    /// The note as printed, without the whitespace around it (so that " x" and "x" are one note);
    /// nil when missing or only whitespace, so that an empty cell gets no letter.
    private static func note(_ notes: String?) -> String? {
        guard let notes else { return nil }
        // Most notes start and end with an ASCII byte that is no space: nothing to trim, and no
        // `Character` to read (this runs for every row of every figures table).
        if let head = notes.utf8.first, let tail = notes.utf8.last, isPlainASCII(head), isPlainASCII(tail) { return notes }
        guard let first = notes.firstIndex(where: { !$0.isWhitespace }),
            let last = notes.lastIndex(where: { !$0.isWhitespace })
        else { return nil }
        return String(notes[first...last])
    }

    /// An ASCII byte that is not white space (tab, line feed, vertical tab, form feed, carriage
    /// return, space): a `Character` starting or ending with it is no white space either.
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }
}
