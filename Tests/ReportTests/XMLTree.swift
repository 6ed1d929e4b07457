import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document as a tree of elements with their attributes and text, for tests that check
/// what an element says and where it is (a table's caption, a link's name, an SVG's `desc`),
/// which `XMLCollector`'s flat lists cannot.
final class XMLTree: NSObject, XMLParserDelegate {
    /// One element: its name, attributes, child elements and its own text with its children's.
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            (self.name, self.attributes) = (name, attributes)
        }

        subscript(attribute: String) -> String? { attributes[attribute] }

        /// Every element under this one (not itself), in document order.
        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }

        /// The descendants named `name`.
        func all(_ name: String) -> [Element] { descendants.filter { $0.name == name } }

        /// The first descendant named `name` with the attribute `id` equal to `id`, or with any id.
        func first(_ name: String, id: String? = nil) -> Element? {
            descendants.first { $0.name == name && (id == nil || $0["id"] == id) }
        }

        /// The children named `name`.
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }
    }

    private var stack: [Element] = [Element(name: "#document", attributes: [:])]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let element = Element(name: name, attributes: attributes)
        stack.last?.children.append(element)
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let element = stack.removeLast()
        stack.last?.text += element.text
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }

    /// The document's root (`#document`, whose one child is the page's root element), or nil
    /// when `document` is not well-formed.
    static func parse(_ document: String) -> Element? {
        let tree = XMLTree()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = tree
        return parser.parse() ? tree.stack.first : nil
    }
}
