"""Renders Markdown from standard input with a real CommonMark parser and prints what a reader sees.

Why: tipdb's Markdown was checked only against our own idea of it; this puts it through
markdown-it-py (CommonMark 0.31, plus the GitHub table extension that tipdb's tables use) and
prints the rendered blocks as JSON lines, so the Swift tests can assert that the text a reader
sees is the data, that links point at the exact address and that tables keep their cells.

One JSON object a line:
  {"block": "ul>li>p", "text": "...", "links": [{"href": "...", "text": "..."}], "html": [...]}
  {"block": "table", "rows": [["cell", ...], ...], "links": [...], "html": [...]}
  {"block": "code", "text": "..."}
`block` names the containers from the outside in (h1..h6, p, ul, ol, li, blockquote, hr);
`html` lists raw HTML the renderer passed through (data that became markup shows up there).

Install: `make markdown-renderer` (a venv under .build/ with the pinned markdown-it-py).
"""

import json
import sys

try:
    from markdown_it import MarkdownIt
except ImportError:
    sys.exit(f"markdown-it-py is not installed for {sys.executable}: run make markdown-renderer")

CONTAINERS = {
    "bullet_list_open": "ul",
    "ordered_list_open": "ol",
    "list_item_open": "li",
    "blockquote_open": "blockquote",
}


def inline_text(children, links, html):
    """The text a reader sees in an inline run; links and raw HTML are collected on the side."""
    out = []
    link_stack = []
    for token in children:
        kind = token.type
        if kind in ("text", "code_inline"):
            out.append(token.content)
        elif kind == "softbreak":
            out.append("\n")
        elif kind == "hardbreak":
            out.append("\n")
        elif kind == "html_inline":
            html.append(token.content)
            out.append(token.content)
        elif kind == "image":
            links.append({"href": token.attrGet("src"), "text": token.content, "image": True})
            out.append(token.content)
        elif kind == "link_open":
            link_stack.append((token.attrGet("href"), len(out)))
        elif kind == "link_close":
            href, start = link_stack.pop()
            links.append({"href": href, "text": "".join(out[start:])})
        # em/strong/s markers add no text: data that turned into emphasis loses its characters,
        # which is what the tests look for.
    return "".join(out)


def blocks(tokens):
    stack = []
    table = None
    for token in tokens:
        kind = token.type
        if kind in CONTAINERS:
            stack.append(CONTAINERS[kind])
        elif kind in ("bullet_list_close", "ordered_list_close", "list_item_close", "blockquote_close"):
            stack.pop()
        elif kind in ("heading_open", "paragraph_open"):
            stack.append(token.tag)
        elif kind in ("heading_close", "paragraph_close"):
            stack.pop()
        elif kind == "table_open":
            table = {"block": ">".join(stack + ["table"]), "rows": [], "links": [], "html": []}
        elif kind == "tr_open":
            table["rows"].append([])
        elif kind == "table_close":
            yield table
            table = None
        elif kind == "inline":
            links, html = [], []
            text = inline_text(token.children or [], links, html)
            if table is not None:
                table["rows"][-1].append(text)
                table["links"] += links
                table["html"] += html
            else:
                yield {"block": ">".join(stack), "text": text, "links": links, "html": html}
        elif kind in ("fence", "code_block"):
            yield {"block": ">".join(stack + ["code"]), "text": token.content}
        elif kind == "html_block":
            yield {"block": ">".join(stack + ["html"]), "text": token.content, "html": [token.content]}
        elif kind == "hr":
            yield {"block": ">".join(stack + ["hr"]), "text": ""}


def main():
    import markdown_it

    wanted = sys.argv[1] if len(sys.argv) > 1 else None
    if wanted and markdown_it.__version__ != wanted:
        sys.exit(f"markdown-it-py {markdown_it.__version__} is installed; the tests expect {wanted} (make markdown-renderer)")
    source = sys.stdin.buffer.read().decode("utf-8")
    parser = MarkdownIt("commonmark").enable("table")
    for block in blocks(parser.parse(source)):
        print(json.dumps(block, ensure_ascii=False))


if __name__ == "__main__":
    main()
