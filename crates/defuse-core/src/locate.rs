//! Finds where a value stands in a RON file.
//!
//! serde hands the loader plain values with no positions, and the `ron` crate keeps spans
//! only for its own errors. Validation problems (a duplicate id, a reply that leads nowhere)
//! must still point at a line and column, so this module scans the RON text for its
//! structure alone: which field and which list element sits at which byte range. It runs
//! only on text that serde has already accepted, and on anything it does not understand it
//! simply stops, so it can never fail a load.

use std::ops::Range;

/// One step from a value to a value inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// A named field of a struct (`replies` in `nodes[3].replies`).
    Field(&'static str),
    /// An element of a list, 0-based (`3` in `nodes[3]`).
    Index(usize),
}

/// Where a value sits inside a scenario file: `nodes[3].replies[1].next`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Path(pub Vec<Seg>);

impl Path {
    /// The whole document: the path with no steps.
    pub fn root() -> Path {
        Path(Vec::new())
    }

    /// This path, then the field `name` of the value there.
    pub fn field(&self, name: &'static str) -> Path {
        let mut segs = self.0.clone();
        segs.push(Seg::Field(name));
        Path(segs)
    }

    /// This path, then element `i` (0-based) of the list there.
    pub fn index(&self, i: usize) -> Path {
        let mut segs = self.0.clone();
        segs.push(Seg::Index(i));
        Path(segs)
    }

    /// Where the scenario's node `i` (0-based, in file order) sits: `nodes[i]`.
    pub fn node(i: usize) -> Path {
        Path::root().field("nodes").index(i)
    }
}

impl std::fmt::Display for Path {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (n, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Field(name) if n == 0 => write!(f, "{name}")?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

#[derive(Debug)]
enum Shape {
    /// `(a: 1, b: 2)` or `Name(a: 1)`, with the span of each field's name.
    Struct(Vec<(String, Range<usize>, Value)>),
    /// `[1, 2]`, `(1, 2)` or `Some(1)`.
    Seq(Vec<Value>),
    Atom,
}

#[derive(Debug)]
struct Value {
    span: Range<usize>,
    shape: Shape,
}

/// The structure of one RON document, ready to answer "where is this path?".
#[derive(Debug)]
pub struct Locator {
    root: Option<Value>,
}

impl Locator {
    /// Scans `text` for its structure. Text it cannot follow leaves the locator knowing
    /// less, never an error.
    pub fn new(text: &str) -> Locator {
        let mut scanner = Scanner {
            text: text.as_bytes(),
            pos: 0,
        };
        scanner.skip_trivia();
        Locator {
            root: scanner.value(0),
        }
    }

    /// The byte range of the value at `path`, or of the deepest value on the way to it
    /// that exists, so a problem always lands somewhere sensible.
    pub fn span(&self, path: &Path) -> Option<Range<usize>> {
        let mut value = self.root.as_ref()?;
        for seg in &path.0 {
            match step(value, seg) {
                Some(inner) => value = inner,
                None => break,
            }
        }
        Some(value.span.clone())
    }

    /// The byte range of the field name at the end of `path` (`next` in `next: "x"`), which
    /// reads better than the value for problems about a missing or misplaced field.
    pub fn key_span(&self, path: &Path) -> Option<Range<usize>> {
        let (last, parent) = path.0.split_last()?;
        let Seg::Field(name) = last else {
            return self.span(path);
        };
        let mut value = self.root.as_ref()?;
        for seg in parent {
            value = step(value, seg)?;
        }
        let value = unwrap_newtypes(value);
        match &value.shape {
            Shape::Struct(fields) => fields
                .iter()
                .find(|(field, _, _)| field == name)
                .map(|(_, key, _)| key.clone()),
            _ => None,
        }
    }
}

fn unwrap_newtypes(mut value: &Value) -> &Value {
    while let Shape::Seq(items) = &value.shape {
        if items.len() != 1 {
            break;
        }
        value = &items[0];
    }
    value
}

fn step<'v>(value: &'v Value, seg: &Seg) -> Option<&'v Value> {
    match (seg, &value.shape) {
        (Seg::Field(name), Shape::Struct(fields)) => fields
            .iter()
            .find(|(field, _, _)| field == name)
            .map(|(_, _, v)| v),
        (Seg::Index(i), Shape::Seq(items)) => items.get(*i),
        // `Some(x)` and newtype wrappers: look inside.
        (_, Shape::Seq(items)) if items.len() == 1 => step(&items[0], seg),
        _ => None,
    }
}

struct Scanner<'t> {
    text: &'t [u8],
    pos: usize,
}

const MAX_DEPTH: usize = 256;

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(b) if b.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.text.get(self.pos + 1) == Some(&b'/') => {
                    while self.peek().is_some_and(|b| b != b'\n') {
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.text.get(self.pos + 1) == Some(&b'*') => {
                    // Block comments nest in RON.
                    let mut depth = 0usize;
                    while self.pos < self.text.len() {
                        if self.text[self.pos..].starts_with(b"/*") {
                            depth += 1;
                            self.pos += 2;
                        } else if self.text[self.pos..].starts_with(b"*/") {
                            depth -= 1;
                            self.pos += 2;
                            if depth == 0 {
                                break;
                            }
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                // `#![enable(...)]` attributes at the top of the file.
                Some(b'#') => {
                    while self.peek().is_some_and(|b| b != b']') {
                        self.pos += 1;
                    }
                    self.pos += 1;
                }
                _ => return,
            }
        }
    }

    fn ident(&mut self) -> Option<Range<usize>> {
        let start = self.pos;
        if self.text[self.pos..].starts_with(b"r#") {
            self.pos += 2;
        }
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
        {
            self.pos += 1;
        }
        (self.pos > start).then_some(start..self.pos)
    }

    fn string(&mut self) {
        // Called on the opening quote.
        self.pos += 1;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'"' => return,
                _ => {}
            }
        }
    }

    fn raw_string(&mut self) {
        // Called on `r`, followed by hashes and a quote.
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        self.pos += 1;
        let mut closing = vec![b'"'];
        closing.extend(std::iter::repeat_n(b'#', hashes));
        while self.pos < self.text.len() && !self.text[self.pos..].starts_with(&closing) {
            self.pos += 1;
        }
        self.pos = (self.pos + closing.len()).min(self.text.len());
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.pos;
        let shape = match self.peek()? {
            b'[' => {
                self.pos += 1;
                Shape::Seq(self.items(b']', depth)?)
            }
            b'{' => {
                // Maps: positions of their entries are not needed, skip over them.
                self.pos += 1;
                self.items(b'}', depth)?;
                Shape::Atom
            }
            b'(' => {
                self.pos += 1;
                self.body(depth)?
            }
            b'"' => {
                self.string();
                Shape::Atom
            }
            b'\'' => {
                self.pos += 1;
                while self.peek().is_some_and(|b| b != b'\'') {
                    if self.peek() == Some(b'\\') {
                        self.pos += 1;
                    }
                    self.pos += 1;
                }
                self.pos += 1;
                Shape::Atom
            }
            b'r' if matches!(self.text.get(self.pos + 1), Some(b'"' | b'#'))
                && !self.text[self.pos..].starts_with(b"r#\"") =>
            {
                self.raw_string();
                Shape::Atom
            }
            b'r' if self.text[self.pos..].starts_with(b"r#\"") => {
                self.raw_string();
                Shape::Atom
            }
            b'b' if self.text.get(self.pos + 1) == Some(&b'"') => {
                self.pos += 1;
                self.string();
                Shape::Atom
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                self.ident()?;
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    self.pos += 1;
                    self.body(depth)?
                } else {
                    return Some(Value {
                        span: start..self.pos,
                        shape: Shape::Atom,
                    });
                }
            }
            b if b.is_ascii_digit() || b == b'-' || b == b'+' || b == b'.' => {
                self.pos += 1;
                while self
                    .peek()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
                {
                    self.pos += 1;
                }
                Shape::Atom
            }
            _ => return None,
        };
        Some(Value {
            span: start..self.pos,
            shape,
        })
    }

    /// Values separated by commas up to `close`. For maps, keys and values both land here.
    fn items(&mut self, close: u8, depth: usize) -> Option<Vec<Value>> {
        let mut items = Vec::new();
        loop {
            self.skip_trivia();
            match self.peek()? {
                b if b == close => {
                    self.pos += 1;
                    return Some(items);
                }
                b',' | b':' => self.pos += 1,
                _ => items.push(self.value(depth + 1)?),
            }
        }
    }

    /// What follows `(`: named fields, or a tuple.
    fn body(&mut self, depth: usize) -> Option<Shape> {
        self.skip_trivia();
        let checkpoint = self.pos;
        let is_struct = match self.ident() {
            Some(_) => {
                self.skip_trivia();
                self.peek() == Some(b':')
            }
            None => false,
        };
        self.pos = checkpoint;
        if !is_struct {
            return Some(Shape::Seq(self.items(b')', depth)?));
        }
        let mut fields = Vec::new();
        loop {
            self.skip_trivia();
            match self.peek()? {
                b')' => {
                    self.pos += 1;
                    return Some(Shape::Struct(fields));
                }
                b',' => self.pos += 1,
                _ => {
                    let key = self.ident()?;
                    let name = String::from_utf8_lossy(&self.text[key.clone()]).into_owned();
                    self.skip_trivia();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    self.skip_trivia();
                    let value = self.value(depth + 1)?;
                    fields.push((name, key, value));
                }
            }
        }
    }
}

/// 1-based line and column (in characters) of a byte offset, as editors count them.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Byte offset of a 1-based line and character column.
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(l.len(), |(i, _)| i);
        }
        offset += l.len();
    }
    text.len()
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r##"#![enable(implicit_some)]
// a comment with (brackets] and "quotes
Scenario(
    id: "x", /* nested /* comment */ */
    nodes: [
        Turn(id: "a", says: ["one", r#"two "quoted""#], hint: Some("h"), replies: [
            (text: "t", next: "b"),
            (text: "u", next: "c"),
        ]),
        Ending(id: "b", outcome: Other("odd"), summary: "s"),
    ],
)"##;

    fn at(path: &Path) -> &str {
        let span = Locator::new(DOC).span(path).unwrap();
        &DOC[span]
    }

    #[test]
    fn finds_fields_and_elements() {
        assert_eq!(at(&Path::root().field("id")), "\"x\"");
        assert_eq!(
            at(&Path::node(0).field("replies").index(1).field("next")),
            "\"c\""
        );
        assert_eq!(at(&Path::node(1).field("id")), "\"b\"");
        assert_eq!(at(&Path::node(0).field("hint")), "Some(\"h\")");
        assert_eq!(
            at(&Path::node(0).field("says").index(1)),
            "r#\"two \"quoted\"\"#"
        );
    }

    #[test]
    fn missing_parts_fall_back_to_the_deepest_value_found() {
        assert!(at(&Path::node(1).field("nope")).starts_with("Ending("));
        assert!(at(&Path::node(9)).starts_with('['));
    }

    #[test]
    fn key_span_points_at_the_field_name() {
        let locator = Locator::new(DOC);
        let span = locator
            .key_span(&Path::node(0).field("replies").index(0).field("next"))
            .unwrap();
        assert_eq!(&DOC[span.clone()], "next");
        assert_eq!(line_col(DOC, span.start), (7, 25));
    }

    #[test]
    fn line_col_round_trips() {
        for offset in [0, 5, 30, 100, DOC.len()] {
            let (line, col) = line_col(DOC, offset);
            assert_eq!(offset_of(DOC, line, col), offset);
        }
    }
}
