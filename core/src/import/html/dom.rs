//! The parsed page as a flat arena of nodes, built by html5ever's spec-compliant tree builder
//! through our own small `TreeSink`: node ids are indexes, so walking, scoring and dropping the
//! tree never recurses and a page nested 100,000 deep costs no stack.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::num::NonZeroU32;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{Attribute, LocalName, Namespace, QualName, TokenizerResult};

/// A node of the arena (its index plus one, so that `Option<NodeId>` takes no more room).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(NonZeroU32);

impl NodeId {
    fn new(index: usize) -> NodeId {
        let n = u32::try_from(index + 1).expect("fewer than 4 billion nodes");
        NodeId(NonZeroU32::new(n).expect("plus one"))
    }

    pub fn index(self) -> usize {
        self.0.get() as usize - 1
    }
}

pub enum Data {
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        template: Option<NodeId>,
    },
    Text(StrTendril),
    Comment(StrTendril),
    /// A doctype or processing instruction: nothing to read.
    Other,
}

pub struct Node {
    pub parent: Option<NodeId>,
    pub first_child: Option<NodeId>,
    pub last_child: Option<NodeId>,
    pub prev: Option<NodeId>,
    pub next: Option<NodeId>,
    pub data: Data,
}

/// A parsed document.
pub struct Dom {
    nodes: Vec<Node>,
}

impl Dom {
    pub fn document(&self) -> NodeId {
        NodeId::new(0)
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The local name of an HTML element (`None` for other nodes and for SVG or MathML).
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        match &self.node(id).data {
            Data::Element { name, .. } if name.ns == html5ever::ns!(html) => Some(&name.local),
            _ => None,
        }
    }

    /// Whether an element is of another namespace (SVG, MathML).
    pub fn is_foreign(&self, id: NodeId) -> bool {
        matches!(&self.node(id).data, Data::Element { name, .. } if name.ns != html5ever::ns!(html))
    }

    pub fn is_math(&self, id: NodeId) -> bool {
        matches!(&self.node(id).data, Data::Element { name, .. } if name.ns == html5ever::ns!(mathml))
    }

    pub fn is(&self, id: NodeId, tag: &str) -> bool {
        self.tag(id).is_some_and(|t| &**t == tag)
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.node(id).data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|a| &*a.name.local == name)
                .map(|a| &*a.value),
            _ => None,
        }
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.node(id).first_child,
        }
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).parent
    }

    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), |&p| self.parent(p))
    }

    /// The node and everything under it, in document order, without recursion.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: Some(id),
        }
    }

    /// The first element of a tag under `id` (or `id` itself), in document order.
    pub fn find(&self, id: NodeId, tag: &str) -> Option<NodeId> {
        self.descendants(id).find(|&n| self.is(n, tag))
    }

    /// All the text under a node, as it stands in the source (whitespace not collapsed).
    pub fn text_content(&self, id: NodeId) -> String {
        self.descendants(id).filter_map(|n| self.text(n)).collect()
    }
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.node(id).next;
        Some(id)
    }
}

pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        let node = self.dom.node(id);
        self.next = node.first_child.or_else(|| {
            // Climb until a node with a next sibling, stopping at the root.
            let mut at = id;
            loop {
                if at == self.root {
                    return None;
                }
                let n = self.dom.node(at);
                if let Some(next) = n.next {
                    return Some(next);
                }
                at = n.parent?;
            }
        });
        Some(id)
    }
}

/// Parses a whole document (a page, a paste, an XHTML chapter read as HTML).
pub fn parse(html: &str) -> Dom {
    let sink = Sink {
        nodes: RefCell::new(Vec::new()),
    };
    sink.push(Data::Document);
    let builder = TreeBuilder::new(sink, TreeBuilderOpts::default());
    let limited = Limited {
        builder,
        depth: Cell::new(0),
        dropped: RefCell::new(HashMap::new()),
    };
    let tokenizer = Tokenizer::new(limited, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    // A script's end suspends the tokenizer (for a browser to run it): carry on at once.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.builder.sink.finish()
}

/// Start tags nested deeper than this are left out (their text stays, in the deepest element):
/// the tree builder looks through its stack of open elements for every tag, so unbounded nesting
/// would cost time quadratic in the depth. Chromium stops nesting at 512 as well.
const MAX_OPEN: usize = 512;

/// The tree builder behind a filter that keeps the stack of open elements bounded. The depth is
/// counted from the tags (elements whose end is implied, void elements and raw text elements do
/// not nest, so are not counted), which is what a page deep enough to matter is made of.
struct Limited {
    builder: TreeBuilder<NodeId, Sink>,
    depth: Cell<usize>,
    /// The names of start tags left out, whose end tags are left out too.
    dropped: RefCell<HashMap<LocalName, usize>>,
}

fn nests(name: &str) -> bool {
    !matches!(
        name,
        "html"
            | "head"
            | "body"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "rb"
            | "rt"
            | "rtc"
            | "rp"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "tfoot"
            | "colgroup"
            | "caption"
            | "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
            | "plaintext"
    )
}

impl TokenSink for Limited {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<NodeId> {
        if let Token::TagToken(tag) = &token {
            if nests(&tag.name) && !tag.self_closing {
                let depth = self.depth.get();
                match tag.kind {
                    TagKind::StartTag if depth >= MAX_OPEN => {
                        *self
                            .dropped
                            .borrow_mut()
                            .entry(tag.name.clone())
                            .or_default() += 1;
                        return TokenSinkResult::Continue;
                    }
                    TagKind::StartTag => self.depth.set(depth + 1),
                    TagKind::EndTag => {
                        if let Some(n) = self
                            .dropped
                            .borrow_mut()
                            .get_mut(&tag.name)
                            .filter(|n| **n > 0)
                        {
                            *n -= 1;
                            return TokenSinkResult::Continue;
                        }
                        self.depth.set(depth.saturating_sub(1));
                    }
                }
            }
        }
        self.builder.process_token(token, line_number)
    }

    fn end(&self) {
        self.builder.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
}

/// An element's name as the tree builder asks for it (atoms are cheap to clone).
#[derive(Debug)]
struct Name {
    ns: Namespace,
    local: LocalName,
}

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

impl Sink {
    fn push(&self, data: Data) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        let id = NodeId::new(nodes.len());
        nodes.push(Node {
            parent: None,
            first_child: None,
            last_child: None,
            prev: None,
            next: None,
            data,
        });
        id
    }

    fn detach(&self, id: NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let n = &mut nodes[id.index()];
        let (parent, prev, next) = (n.parent.take(), n.prev.take(), n.next.take());
        let Some(parent) = parent else { return };
        match prev {
            Some(p) => nodes[p.index()].next = next,
            None => nodes[parent.index()].first_child = next,
        }
        match next {
            Some(n) => nodes[n.index()].prev = prev,
            None => nodes[parent.index()].last_child = prev,
        }
    }

    fn append_node(&self, parent: NodeId, child: NodeId) {
        self.detach(child);
        let mut nodes = self.nodes.borrow_mut();
        let last = nodes[parent.index()].last_child;
        {
            let c = &mut nodes[child.index()];
            c.parent = Some(parent);
            c.prev = last;
        }
        match last {
            Some(l) => nodes[l.index()].next = Some(child),
            None => nodes[parent.index()].first_child = Some(child),
        }
        nodes[parent.index()].last_child = Some(child);
    }

    fn insert_before(&self, sibling: NodeId, child: NodeId) {
        self.detach(child);
        let mut nodes = self.nodes.borrow_mut();
        let Some(parent) = nodes[sibling.index()].parent else {
            return;
        };
        let prev = nodes[sibling.index()].prev;
        {
            let c = &mut nodes[child.index()];
            c.parent = Some(parent);
            c.prev = prev;
            c.next = Some(sibling);
        }
        nodes[sibling.index()].prev = Some(child);
        match prev {
            Some(p) => nodes[p.index()].next = Some(child),
            None => nodes[parent.index()].first_child = Some(child),
        }
    }

    /// Appends text to a text node, if `id` is one.
    fn extend_text(&self, id: Option<NodeId>, text: &StrTendril) -> bool {
        let Some(id) = id else { return false };
        match &mut self.nodes.borrow_mut()[id.index()].data {
            Data::Text(t) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Name;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        NodeId::new(0)
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name {
        match &self.nodes.borrow()[target.index()].data {
            Data::Element { name, .. } => Name {
                ns: name.ns.clone(),
                local: name.local.clone(),
            },
            // The tree builder asks only about elements.
            _ => Name {
                ns: html5ever::ns!(),
                local: html5ever::local_name!(""),
            },
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let template = flags.template.then(|| self.push(Data::Document));
        self.push(Data::Element {
            name,
            attrs,
            template,
        })
    }

    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.push(Data::Comment(text))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Data::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendNode(n) => self.append_node(*parent, n),
            NodeOrText::AppendText(text) => {
                let last = self.nodes.borrow()[parent.index()].last_child;
                if !self.extend_text(last, &text) {
                    let n = self.push(Data::Text(text));
                    self.append_node(*parent, n);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        if self.nodes.borrow()[element.index()].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        match &self.nodes.borrow()[target.index()].data {
            Data::Element {
                template: Some(t), ..
            } => *t,
            _ => *target,
        }
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        match new_node {
            NodeOrText::AppendNode(n) => self.insert_before(*sibling, n),
            NodeOrText::AppendText(text) => {
                let prev = self.nodes.borrow()[sibling.index()].prev;
                if !self.extend_text(prev, &text) {
                    let n = self.push(Data::Text(text));
                    self.insert_before(*sibling, n);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, new: Vec<Attribute>) {
        if let Data::Element { attrs, .. } = &mut self.nodes.borrow_mut()[target.index()].data {
            for a in new {
                if !attrs.iter().any(|b| b.name == a.name) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        loop {
            // (A borrow in a `while let` would live through the loop's body.)
            let first = self.nodes.borrow()[node.index()].first_child;
            let Some(child) = first else { break };
            self.append_node(*new_parent, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_parsed_into_the_arena_as_a_browser_would() {
        let dom = parse("<p>one<b>two<p>three</b> four");
        let body = dom.find(dom.document(), "body").unwrap();
        let ps: Vec<_> = dom.children(body).collect();
        assert_eq!(ps.len(), 2, "the second <p> closes the first");
        assert_eq!(dom.text_content(ps[0]), "onetwo");
        assert_eq!(dom.text_content(ps[1]), "three four");
        assert!(
            dom.is(dom.children(ps[1]).next().unwrap(), "b"),
            "the adoption agency reopens <b>"
        );
    }

    #[test]
    fn deep_nesting_is_cut_at_the_depth_limit() {
        let html = "<div>".repeat(2000) + "deep" + &"</div>".repeat(2000) + "<p>after";
        let dom = parse(&html);
        let texts: Vec<_> = dom
            .descendants(dom.document())
            .filter(|&n| dom.text(n).is_some())
            .collect();
        assert!(dom.ancestors(texts[0]).count() <= MAX_OPEN + 3);
        assert_eq!(
            dom.ancestors(texts[1]).count(),
            4,
            "html, body, p: the end tags matched"
        );
    }
}
