package input

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// isHTMLPath reports file names of saved web pages.
func isHTMLPath(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return false
}

// sniffHTML reports text that starts like an HTML page: a doctype, or a tag
// with <html>, <head> or <body> soon after it. A plain article that merely
// mentions "<html>" does not start with a tag.
func sniffHTML(head []byte) bool {
	if len(head) > 1024 {
		head = head[:1024]
	}
	h := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\f\xef\xbb\xbf"))
	if !bytes.HasPrefix(h, []byte("<")) {
		return false
	}
	if bytes.HasPrefix(h, []byte("<!doctype html")) {
		return true
	}
	for _, t := range []string{"<html", "<head", "<body", "<meta ", "<title>"} {
		if bytes.Contains(h, []byte(t)) {
			return true
		}
	}
	return false
}

// htmlCharset returns the encoding a page declares in a <meta> tag within
// its first 1024 bytes (the HTML prescan), or "" when it declares none.
func htmlCharset(head []byte) string {
	_, name, certain := charset.DetermineEncoding(head, "")
	// Without a declaration DetermineEncoding falls back to utf-8 (when the
	// sample is valid UTF-8) or windows-1252; neither is a declaration we
	// need, as our own detection covers both cases better.
	if certain || name == "utf-8" || name == "windows-1252" {
		return ""
	}
	return name
}

// maxTreeDepth bounds element nesting for the tree-based extraction. The
// HTML parser's scope checks walk the stack of open elements, so thousands of
// unclosed tags make it quadratic; such pages get the flat extraction.
const maxTreeDepth = 512

// skipTags hold no article text: code, navigation, page chrome and forms.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Math: true, atom.Canvas: true, atom.Head: true, atom.Menu: true,
	atom.Dialog: true,
}

// blockTags break lines: their text stands on lines of its own.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Blockquote: true, atom.Pre: true, atom.Ul: true,
	atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Table: true, atom.Tr: true, atom.Caption: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true,
	atom.Center: true, atom.Details: true, atom.Summary: true, atom.Body: true,
	atom.Html: true, atom.Fieldset: true, atom.Legend: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true,
}

// ExtractHTML reduces an HTML page to its article text: scripts, styles,
// navigation, headers, footers and asides are dropped, block elements become
// lines. When the page has a container holding most of its prose (the
// article body), only that container is kept, together with the headline
// and byline above it; otherwise the whole body is kept, so the article is
// never lost.
func ExtractHTML(src string) string {
	if htmlDepth(src) > maxTreeDepth {
		return flatText(src)
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return flatText(src)
	}
	body := findFirst(root, atom.Body)
	if body == nil {
		body = root
	}
	st := pageStats{prose: map[*html.Node]float64{}, chars: map[*html.Node]int{}, blocks: map[*html.Node]bool{}}
	total, _ := st.measure(body, false)
	node, headline := body, ""
	if total > 0 {
		// Descend to the smallest container that still holds at least 80%
		// of the page's prose: the article, without the page around it.
		for {
			var next *html.Node
			for c := node.FirstChild; c != nil; c = c.NextSibling {
				// Only a container of paragraphs can be the article: a
				// single paragraph that outweighs its short siblings is
				// one part of it.
				if st.prose[c] >= 0.8*total && st.blocks[c] {
					next = c
					break
				}
			}
			if next == nil {
				break
			}
			node = next
		}
		node, headline = st.withHeadline(root, body, node)
	}
	var w textWriter
	w.text(headline)
	w.flush()
	w.node(node)
	return w.String()
}

// pageStats holds, for every element, the weight of prose and the number of
// characters it contains.
type pageStats struct {
	prose map[*html.Node]float64
	chars map[*html.Node]int
	// blocks is set for elements that contain block elements or line
	// breaks: containers of paragraphs rather than paragraphs.
	blocks map[*html.Node]bool
}

// measure records the prose weight of n and everything under it: characters
// of text outside links, where text without sentence punctuation (menus,
// labels, bylines, footers) counts a quarter. It also records all visible
// characters, links included.
func (st *pageStats) measure(n *html.Node, inLink bool) (float64, int) {
	if n.Type == html.ElementNode && skipTags[n.DataAtom] {
		return 0, 0
	}
	if n.Type == html.TextNode {
		w, punct := 0, false
		for _, r := range n.Data {
			if !unicode.IsSpace(r) {
				w++
			}
			if strings.ContainsRune("，。！？；,!?;", r) {
				punct = true
			}
		}
		switch {
		case inLink:
			return 0, w
		case !punct:
			return float64(w) / 4, w
		}
		return float64(w), w
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		inLink = true
	}
	sum, chars := 0.0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p, k := st.measure(c, inLink)
		sum += p
		chars += k
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] || c.DataAtom == atom.Br || st.blocks[c]) {
			st.blocks[n] = true
		}
	}
	st.prose[n], st.chars[n] = sum, chars
	return sum, chars
}

// withHeadline widens the article container to take in the headline and
// the byline beside it, when the widening adds little besides them. When it
// would add much (a portal page around the article), the container stays
// and the headline text is returned to be put in front.
func (st *pageStats) withHeadline(root, body, node *html.Node) (*html.Node, string) {
	h := st.headline(root, body)
	if h == nil || h == node || isAncestor(node, h) || isAncestor(h, node) {
		return node, ""
	}
	lca := commonAncestor(h, node)
	if lca == nil {
		return node, nodeText(h)
	}
	if st.chars[lca] <= st.chars[node]*13/10+200 {
		return lca, ""
	}
	return node, nodeText(h)
}

// headline finds the article's headline: the first <h1>, or else the first
// element whose whole text is most of the page <title> (old sites set the
// headline in <font><b>, and titles add the site name: "标题_某某网").
func (st *pageStats) headline(root, body *html.Node) *html.Node {
	if h1 := findFirst(body, atom.H1); h1 != nil {
		return h1
	}
	t := findAny(root, atom.Title)
	if t == nil {
		return nil
	}
	title := strings.Join(strings.Fields(nodeText(t)), "")
	n := utf8.RuneCountInString(title)
	if n < 4 || n > 200 {
		return nil // no title, or not a headline: keeps the search cheap
	}
	var found *html.Node
	var walk func(e *html.Node)
	walk = func(e *html.Node) {
		for c := e.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[c.DataAtom] {
				continue
			}
			// Only elements about as long as the title are compared, so the
			// search stays linear on big pages.
			if k := st.chars[c]; k >= 4 && k*10 >= n*4 && k <= n {
				if strings.Contains(title, strings.Join(strings.Fields(nodeText(c)), "")) {
					found = c
					return
				}
			}
			if st.chars[c] >= 4 {
				walk(c)
			}
		}
	}
	walk(body)
	return found
}

// textWriter renders a node tree as lines of text.
type textWriter struct {
	b         strings.Builder
	line      strings.Builder
	lastRune  rune
	pendSpace bool
	pendNL    bool // the pending space came from a line break in the source
}

func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipTags[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			w.flush()
			return
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			w.pendSpace = true
		}
		if n.DataAtom == atom.Img {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockTags[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if block {
		w.flush()
	}
}

// text appends a text node, collapsing white space the way a browser does,
// except that a source line break between Chinese characters disappears
// (it is source formatting, not a word space).
func (w *textWriter) text(s string) {
	for _, r := range s {
		if isHTMLSpace(r) {
			w.pendSpace = true
			if r == '\n' || r == '\r' {
				w.pendNL = true
			}
			continue
		}
		if w.pendSpace && w.line.Len() > 0 {
			if !(w.pendNL && (isCJK(w.lastRune) || isCJK(r))) {
				w.line.WriteByte(' ')
			}
		}
		w.pendSpace, w.pendNL = false, false
		w.line.WriteRune(r)
		w.lastRune = r
	}
}

// flush ends the current line.
func (w *textWriter) flush() {
	l := strings.TrimSpace(w.line.String())
	w.line.Reset()
	w.pendSpace, w.pendNL, w.lastRune = false, false, 0
	if l == "" {
		return
	}
	if w.b.Len() > 0 {
		w.b.WriteByte('\n')
	}
	w.b.WriteString(l)
}

// String returns the text written so far, the last line included.
func (w *textWriter) String() string {
	w.flush()
	return w.b.String()
}

// isHTMLSpace reports the white space HTML collapses, plus the no-break
// space pages use for indentation.
func isHTMLSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\u00a0':
		return true
	}
	return false
}

// isCJK reports Chinese characters and CJK punctuation.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r < 0x3040) || (r >= 0xff00 && r < 0xfff0)
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	if n.Type == html.ElementNode && skipTags[n.DataAtom] {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// findAny finds the first element a anywhere under n, <head> included.
func findAny(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findAny(c, a); f != nil {
			return f
		}
	}
	return nil
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

func commonAncestor(a, b *html.Node) *html.Node {
	seen := map[*html.Node]bool{}
	for p := a; p != nil; p = p.Parent {
		seen[p] = true
	}
	for p := b; p != nil; p = p.Parent {
		if seen[p] {
			return p
		}
	}
	return nil
}

// nodeText is a node's text on one line.
func nodeText(n *html.Node) string {
	var w textWriter
	w.node(n)
	return strings.Join(strings.Fields(w.String()), " ")
}

// htmlDepth returns the deepest element nesting of a page, counted with the
// tokenizer (linear time) so that hostile pages never reach the parser.
func htmlDepth(src string) int {
	z := html.NewTokenizer(strings.NewReader(src))
	depth, max := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return max
		case html.StartTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); !voidTag(a) && !autoClosed(a) {
				depth++
				if depth > max {
					max = depth
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); !voidTag(a) && !autoClosed(a) && depth > 0 {
				depth--
			}
		}
	}
}

// voidTag reports elements that never have an end tag.
func voidTag(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr,
		atom.Param, atom.Keygen:
		return true
	}
	return false
}

// autoClosed reports elements whose end tag pages often omit and the parser
// closes implicitly at the next sibling, so they do not nest.
func autoClosed(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th,
		atom.Option, atom.Optgroup, atom.Tbody, atom.Thead, atom.Tfoot,
		atom.Rb, atom.Rt, atom.Rp, atom.Colgroup:
		return true
	}
	return false
}

// flatText extracts text with the tokenizer alone, for pages too deeply
// nested to parse into a tree: text outside skipped elements, block tags as
// line breaks.
func flatText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var w textWriter
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return w.String()
		case html.TextToken:
			if skip == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipTags[a] && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if blockTags[a] || a == atom.Br {
				w.flush()
			}
		}
	}
}
