import Foundation

/// Why `CommonMarkRenderer` could not render: the renderer is not installed, or it failed.
public enum CommonMarkRendererError: Error, CustomStringConvertible {
    case missing(python: String)
    case failed(python: String, status: Int32, message: String)

    public var description: String {
        switch self {
        case .missing(let python):
            "the Markdown rendering tests need markdown-it-py \(CommonMarkRenderer.version), and \(python) does not exist: "
                + "run `make markdown-renderer` (it makes .build/markdown-venv with it), "
                + "or set TIPDB_MARKDOWN_PYTHON to a python3 that has markdown-it-py==\(CommonMarkRenderer.version)"
        case .failed(let python, let status, let message):
            "\(python) Tests/Scripts/render_markdown.py exited with \(status); expected it to render the Markdown "
                + "(run `make markdown-renderer` to install markdown-it-py \(CommonMarkRenderer.version)): \(message)"
        }
    }
}
