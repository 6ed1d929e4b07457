/// Bytes copied out of SQLite's rows (`Statement.appendText(at:to:)`), grown by doubling and
/// copied with one `memcpy` a value.
///
/// Why not `[UInt8]`: its `append(contentsOf:)` of an `UnsafeBufferPointer` spent some 90
/// instructions a call before the copy itself (uniqueness and capacity checks, generic copying),
/// 5 % of the main thread of a 100,000-figure brief (`valgrind --tool=callgrind`), for values of
/// 5 to 60 bytes. The buffer's state lives behind a pointer rather than in the class's stored
/// properties, whose every access Swift checks for exclusivity at run time (three calls to
/// `swift_beginAccess` per append, more than the copy).
///
/// `@unchecked Sendable`: a buffer is filled on one thread and then handed whole to another,
/// which only reads it (`FigureRows`); it is never written by two threads, nor read while written.
public final class ByteBuffer: @unchecked Sendable {
    @usableFromInline
    struct State {
        @usableFromInline var bytes: UnsafeMutablePointer<UInt8>
        @usableFromInline var held: Int
        @usableFromInline var capacity: Int
    }

    @usableFromInline let state: UnsafeMutablePointer<State>

    /// How many bytes the buffer holds.
    public var count: Int { state.pointee.held }

    public init(capacity: Int) {
        let capacity = max(capacity, 64)
        state = .allocate(capacity: 1)
        state.initialize(to: State(bytes: .allocate(capacity: capacity), held: 0, capacity: capacity))
    }

    deinit {
        state.pointee.bytes.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Appends `length` bytes from `bytes`.
    @inlinable
    public func append(_ bytes: UnsafePointer<UInt8>, length: Int) {
        let held = state.pointee.held
        if held + length > state.pointee.capacity { grow(toHold: held + length) }
        // `copyMemory` is one `memcpy`.
        UnsafeMutableRawPointer(state.pointee.bytes + held).copyMemory(from: bytes, byteCount: length)
        state.pointee.held = held + length
    }

    /// Appends one byte.
    @inlinable
    public func append(_ byte: UInt8) {
        let held = state.pointee.held
        if held == state.pointee.capacity { grow(toHold: held + 1) }
        state.pointee.bytes[held] = byte
        state.pointee.held = held + 1
    }

    /// A buffer of its own with the same bytes and capacity, for a value type that shares one
    /// buffer until it is written to (`TextBuffer`).
    public func copy() -> ByteBuffer {
        let copy = ByteBuffer(capacity: state.pointee.capacity)
        copy.append(state.pointee.bytes, length: state.pointee.held)
        return copy
    }

    /// Makes room for `needed` bytes, at least doubling, so that appending n bytes costs O(n).
    @usableFromInline
    func grow(toHold needed: Int) {
        var larger = state.pointee.capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        UnsafeMutableRawPointer(moved).copyMemory(from: state.pointee.bytes, byteCount: state.pointee.held)
        state.pointee.bytes.deallocate()
        state.pointee.bytes = moved
        state.pointee.capacity = larger
    }

    /// Calls `body` with the bytes held.
    public func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: state.pointee.bytes, count: state.pointee.held))
    }
}
