extension String {
    /// Whether every byte is ASCII, where bytes and characters are the same thing: per-figure
    /// text work can then count and replace bytes instead of characters.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
