/// Makes a value of a `Decodable` type in which every optional is present and every list holds
/// one item: a sample that has every field the type can ever have.
///
/// Why: a template may name any field of the brief's data model, but a real brief leaves out the
/// fields that are null for it and shows no item of an empty list, so no real brief shows them
/// all. Decoding the model from this decoder reaches every field the model declares, whatever
/// is added to it later, without a list of names kept by hand that could drift from it.
/// Placeholders are empty text, zero and false: only the shape matters.
struct SampleDecoder: Decoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A sample of `type`, with every optional present and every list of one item.
    ///
    /// - Throws: `DecodingError` for a type whose decoding rejects the placeholders (an enum
    ///   decoded from its raw value, say); tipdb's brief model has none, and a test says so.
    static func sample<Value: Decodable>(of type: Value.Type) throws -> Value {
        try Value(from: SampleDecoder())
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        Unkeyed(codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        Single(codingPath: codingPath)
    }
}
