/// The containers of `SampleDecoder`: every key is there and never null, every list has one item,
/// every value is its type's placeholder.
extension SampleDecoder {
    /// The placeholder for a value of `type`: a primitive's empty value, or a nested sample.
    static func placeholder<Value: Decodable>(_ type: Value.Type, at path: [any CodingKey]) throws -> Value {
        switch type {
        case is String.Type: return try cast("", to: type, at: path)
        case is Bool.Type: return try cast(false, to: type, at: path)
        case is Double.Type: return try cast(0.0, to: type, at: path)
        case is Float.Type: return try cast(Float(0), to: type, at: path)
        case is Int.Type: return try cast(0, to: type, at: path)
        case is Int64.Type: return try cast(Int64(0), to: type, at: path)
        default: return try Value(from: SampleDecoder(codingPath: path))
        }
    }

    private static func cast<Value>(_ value: Any, to type: Value.Type, at path: [any CodingKey]) throws -> Value {
        guard let typed = value as? Value else {
            throw DecodingError.typeMismatch(type, .init(codingPath: path, debugDescription: "no placeholder for \(type)"))
        }
        return typed
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let codingPath: [any CodingKey]
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try SampleDecoder.placeholder(type, at: codingPath + [key])
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            KeyedDecodingContainer(Keyed<NestedKey>(codingPath: codingPath + [key]))
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            Unkeyed(codingPath: codingPath + [key])
        }
        func superDecoder() throws -> any Decoder { SampleDecoder(codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { SampleDecoder(codingPath: codingPath + [key]) }
    }

    /// A list of exactly one item.
    struct Unkeyed: UnkeyedDecodingContainer {
        let codingPath: [any CodingKey]
        var count: Int? { 1 }
        var isAtEnd: Bool { currentIndex >= 1 }
        var currentIndex = 0

        init(codingPath: [any CodingKey]) {
            self.codingPath = codingPath
        }

        mutating func decodeNil() throws -> Bool { false }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            defer { currentIndex += 1 }
            return try SampleDecoder.placeholder(type, at: codingPath)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            currentIndex += 1
            return KeyedDecodingContainer(Keyed<NestedKey>(codingPath: codingPath))
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            currentIndex += 1
            return Unkeyed(codingPath: codingPath)
        }
        mutating func superDecoder() throws -> any Decoder { SampleDecoder(codingPath: codingPath) }
    }

    struct Single: SingleValueDecodingContainer {
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try SampleDecoder.placeholder(type, at: codingPath)
        }
    }
}
