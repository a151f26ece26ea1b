//! The conversation as one self-contained HTML page: the graph drawn in SVG (laid out in
//! layers from the start), pan and zoom, a click on a node showing its lines and replies, a
//! search by id, and optionally what trainees actually did, from their scorecards.

use super::{Quality, clip, ending_colour, mood_change, mood_test};
use crate::i18n::Texts;
use crate::model::{Node, SCORE_MAX};
use crate::scorecard::Scorecard;
use crate::story::Story;
use std::collections::HashMap;
use std::fmt::Write as _;

/// What trainees did in a scenario: how often each reply was chosen (by node and 1-based
/// reply in the file's order; 0 for typed words that matched none) and where sessions ended.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overlay {
    /// How many scorecards of the scenario were counted.
    pub sessions: usize,
    /// How many times each reply was chosen, by (turn id, reply number, 1-based; 0 for
    /// typed words that matched none).
    pub chosen: HashMap<(String, usize), usize>,
    /// How many sessions ended at each ending, by its node id (abandoned sessions are not
    /// counted).
    pub ended: HashMap<String, usize>,
}

impl Overlay {
    /// Counts the scorecards of `scenario`; other scenarios' cards are ignored.
    pub fn from_scorecards<'a>(
        scenario: &str,
        cards: impl IntoIterator<Item = &'a Scorecard>,
    ) -> Overlay {
        let mut overlay = Overlay::default();
        for card in cards.into_iter().filter(|c| c.scenario.id == scenario) {
            overlay.sessions += 1;
            for turn in &card.turns {
                *overlay
                    .chosen
                    .entry((turn.node.clone(), turn.reply))
                    .or_default() += 1;
            }
            if let Some(ending) = &card.ending {
                *overlay.ended.entry(ending.node.clone()).or_default() += 1;
            }
        }
        overlay
    }
}

const WIDTH: f64 = 190.0;
const HEIGHT: f64 = 58.0;
const GAP_X: f64 = 40.0;
const GAP_Y: f64 = 120.0;

/// Each node's column and row: rows by distance from the start, columns in the order nodes
/// are first reached (unreachable nodes in a last row).
fn layout(story: &Story) -> Vec<(f64, f64)> {
    let n = story.len();
    let mut layer = vec![usize::MAX; n];
    let mut order = Vec::new();
    let mut queue = std::collections::VecDeque::from([story.start()]);
    layer[story.start()] = 0;
    while let Some(at) = queue.pop_front() {
        order.push(at);
        for &to in story.edges(at).iter().chain(story.neutral_next(at).iter()) {
            if layer[to] == usize::MAX {
                layer[to] = layer[at] + 1;
                queue.push_back(to);
            }
        }
    }
    let deepest = layer
        .iter()
        .filter(|&&l| l != usize::MAX)
        .max()
        .copied()
        .unwrap_or(0);
    for (i, l) in layer.iter_mut().enumerate() {
        if *l == usize::MAX {
            *l = deepest + 1;
            order.push(i);
        }
    }
    let rows = layer.iter().max().copied().unwrap_or(0) + 1;
    let mut in_row: Vec<Vec<usize>> = vec![Vec::new(); rows];
    for &i in &order {
        in_row[layer[i]].push(i);
    }
    let widest = in_row.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let mut at = vec![(0.0, 0.0); n];
    for (r, nodes) in in_row.iter().enumerate() {
        // Centred rows read as a tree.
        let offset = (widest - nodes.len() as f64) * (WIDTH + GAP_X) / 2.0;
        for (c, &i) in nodes.iter().enumerate() {
            at[i] = (
                40.0 + offset + c as f64 * (WIDTH + GAP_X),
                40.0 + r as f64 * (HEIGHT + GAP_Y),
            );
        }
    }
    at
}

fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The node details the page shows on a click, as JSON for its script.
fn details(story: &Story, texts: &Texts, overlay: Option<&Overlay>) -> serde_json::Value {
    let nodes: Vec<serde_json::Value> = story
        .scenario
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            let targets = story.edges(i);
            match node {
                Node::Turn {
                    id, says, replies, hint, ..
                } => serde_json::json!({
                    "id": id, "kind": "turn", "says": says, "hint": hint,
                    "replies": replies.iter().enumerate().map(|(k, r)| serde_json::json!({
                        "text": r.text,
                        "total": r.scores.total(),
                        "mood": mood_change(r.mood, texts),
                        "next": story.node(targets[k]).id(),
                        "chosen": overlay.map(|o| o.chosen.get(&(id.clone(), k + 1)).copied().unwrap_or(0)),
                    })).collect::<Vec<_>>(),
                }),
                Node::Branch { id, routes, .. } => serde_json::json!({
                    "id": id, "kind": "branch",
                    "routes": routes.iter().enumerate().map(|(k, r)| serde_json::json!({
                        "test": mood_test(r.when, texts), "next": story.node(targets[k]).id(),
                    })).chain(std::iter::once(serde_json::json!({
                        "test": texts.get("graph-otherwise"),
                        "next": story.node(targets[routes.len()]).id(),
                    }))).collect::<Vec<_>>(),
                }),
                Node::Ending {
                    id, outcome, says, summary, fails, ..
                } => serde_json::json!({
                    "id": id, "kind": "ending", "says": says, "summary": summary,
                    "outcome": texts.outcome(outcome), "fails": fails,
                    "ended": overlay.map(|o| o.ended.get(id).copied().unwrap_or(0)),
                }),
            }
        })
        .collect();
    serde_json::json!({
        "nodes": nodes,
        "words": {
            "says": texts.get("graph-page-says"),
            "replies": texts.get("graph-page-replies"),
            "hint": texts.get("graph-page-hint"),
            "routes": texts.get("graph-page-routes"),
            "summary": texts.get("graph-page-summary"),
            "fails": texts.get("graph-fails"),
            "chosen": texts.get("graph-page-chosen"),
            "ended": texts.get("graph-page-ended"),
            "none": texts.get("graph-page-no-match"),
        },
        "unmatched": overlay.map(|o| {
            o.chosen.iter().filter(|((_, k), _)| *k == 0).map(|((n, _), c)| (n.clone(), *c)).collect::<HashMap<_, _>>()
        }),
    })
}

/// The whole page.
pub fn page(story: &Story, texts: &Texts, overlay: Option<&Overlay>) -> String {
    let at = layout(story);
    let s = &story.scenario;
    let right = at.iter().map(|p| p.0).fold(0.0, f64::max) + WIDTH + 40.0;
    let bottom = at.iter().map(|p| p.1).fold(0.0, f64::max) + HEIGHT + 40.0;
    let most = overlay
        .and_then(|o| o.chosen.values().max().copied())
        .unwrap_or(1)
        .max(1) as f64;
    let mut edges = String::new();
    let mut nodes = String::new();
    for (i, node) in s.nodes.iter().enumerate() {
        let (x, y) = at[i];
        let id = html(node.id());
        let targets = story.edges(i);
        // Edges to the same node from here are spread apart, so each stays readable.
        let mut parallel: HashMap<usize, f64> = HashMap::new();
        // `label` is the tooltip; `tag` the few characters written on the edge.
        let mut edge = |to: usize,
                        colour: &str,
                        label: String,
                        tag: String,
                        width: f64,
                        dashed: bool| {
            let (tx, ty) = at[to];
            let spread = parallel.entry(to).or_insert(0.0);
            let shift = *spread;
            *spread += 1.0;
            let shift = if shift % 2.0 == 0.0 {
                shift * 14.0
            } else {
                -(shift + 1.0) * 14.0
            };
            let (x1, y1) = (x + WIDTH / 2.0, y + HEIGHT);
            let (x2, y2) = (tx + WIDTH / 2.0, ty);
            // Downward edges bend gently; an edge back up loops round the side.
            let (c1, c2) = if ty > y {
                ((x1 + shift * 2.0, y1 + 50.0), (x2 + shift * 2.0, y2 - 50.0))
            } else {
                (
                    (x1 + WIDTH + shift, y1 + 60.0),
                    (x2 + WIDTH + shift, y2 - 60.0),
                )
            };
            let path = format!("M{x1},{y1} C{},{} {},{} {x2},{y2}", c1.0, c1.1, c2.0, c2.1);
            let dash = if dashed {
                " stroke-dasharray=\"5,4\""
            } else {
                ""
            };
            let _ = write!(
                edges,
                "<path d=\"{path}\" stroke=\"{colour}\" stroke-width=\"{width:.1}\" fill=\"none\" marker-end=\"url(#arrow)\"{dash}><title>{}</title></path>",
                html(&label)
            );
            // The tag sits a third of the way along, where edges from one node fan apart.
            let t: f64 = 0.35;
            let bez = |a: f64, b: f64, c: f64, d: f64| {
                (1.0 - t).powi(3) * a
                    + 3.0 * (1.0 - t).powi(2) * t * b
                    + 3.0 * (1.0 - t) * t * t * c
                    + t.powi(3) * d
            };
            let (mx, my) = (bez(x1, c1.0, c2.0, x2), bez(y1, c1.1, c2.1, y2));
            let _ = write!(
                edges,
                "<text x=\"{mx:.0}\" y=\"{my:.0}\" class=\"edge\" fill=\"{colour}\">{}</text>",
                html(&tag)
            );
        };
        let (shape, fill, caption) = match node {
            Node::Turn { says, replies, .. } => {
                for (k, (reply, &to)) in replies.iter().zip(targets).enumerate() {
                    let chosen = overlay.map(|o| {
                        o.chosen
                            .get(&(node.id().to_owned(), k + 1))
                            .copied()
                            .unwrap_or(0)
                    });
                    let width = chosen.map_or(1.5, |c| 1.0 + 7.0 * c as f64 / most);
                    let mut label = format!(
                        "{}. {}\n{} / {} · {}",
                        k + 1,
                        clip(&reply.text, 70),
                        reply.scores.total(),
                        4 * SCORE_MAX,
                        mood_change(reply.mood, texts)
                    );
                    let mut tag = format!("{} · {:+}", k + 1, reply.mood);
                    if let Some(c) = chosen {
                        label.push_str(&format!(
                            " · {}",
                            texts.format("graph-page-chosen-count", &[("count", c.into())])
                        ));
                        tag.push_str(&format!(" · {c}×"));
                    }
                    let colour = Quality::of(reply.scores.total()).colour();
                    edge(to, colour, label, tag, width, false);
                }
                if let Some(to) = story.neutral_next(i) {
                    edge(
                        to,
                        "#777",
                        texts.get("graph-no-match"),
                        String::new(),
                        1.2,
                        true,
                    );
                }
                let line = says.first().map(|l| clip(l, 28)).unwrap_or_default();
                ("rect", "#ffffff".to_owned(), line)
            }
            Node::Branch { routes, .. } => {
                for (k, route) in routes.iter().enumerate() {
                    let test = mood_test(route.when, texts);
                    edge(targets[k], "#555", test.clone(), test, 1.2, true);
                }
                let otherwise = texts.get("graph-otherwise");
                edge(
                    targets[routes.len()],
                    "#555",
                    otherwise.clone(),
                    otherwise,
                    1.2,
                    true,
                );
                ("diamond", "#fff8d6".to_owned(), String::new())
            }
            Node::Ending { outcome, fails, .. } => {
                let mut caption = texts.outcome(outcome);
                if *fails {
                    caption = format!("{caption} · {}", texts.get("graph-fails"));
                }
                if let Some(o) = overlay {
                    let n = o.ended.get(node.id()).copied().unwrap_or(0);
                    caption = format!(
                        "{caption} · {}",
                        texts.format("graph-page-ended-count", &[("count", n.into())])
                    );
                }
                ("ending", ending_colour(outcome, *fails).to_owned(), caption)
            }
        };
        let body = match shape {
            "diamond" => format!(
                "<polygon points=\"{},{y} {},{} {},{} {x},{}\" fill=\"{fill}\" stroke=\"#555\"/>",
                x + WIDTH / 2.0,
                x + WIDTH,
                y + HEIGHT / 2.0,
                x + WIDTH / 2.0,
                y + HEIGHT,
                y + HEIGHT / 2.0
            ),
            "ending" => format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" rx=\"18\" fill=\"{fill}\" stroke=\"#333\" stroke-width=\"2\"/>"
            ),
            _ => format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" rx=\"6\" fill=\"{fill}\" stroke=\"#2a5d84\"/>"
            ),
        };
        let _ = write!(
            nodes,
            "<g class=\"node\" data-id=\"{id}\">{body}<text x=\"{}\" y=\"{}\" class=\"id\">{id}</text><text x=\"{}\" y=\"{}\" class=\"caption\">{}</text></g>",
            x + WIDTH / 2.0,
            y + 24.0,
            x + WIDTH / 2.0,
            y + 42.0,
            html(&caption)
        );
    }
    let data = details(story, texts, overlay)
        .to_string()
        .replace("</", "<\\/");
    let dir = if texts.is_rtl() { "rtl" } else { "ltr" };
    let overlay_line = overlay.map_or(String::new(), |o| {
        format!(
            "<p class=\"overlay\">{}</p>",
            html(&texts.format("graph-page-sessions", &[("count", o.sessions.into())]))
        )
    });
    format!(
        r##"<!DOCTYPE html>
<html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">
<title>{title}</title>
<style>
body {{ margin: 0; font-family: "DejaVu Sans", sans-serif; color: #222; background: #f3f1ec; display: flex; height: 100vh; }}
#view {{ flex: 1; overflow: hidden; cursor: grab; }}
#view svg {{ width: 100%; height: 100%; }}
aside {{ width: 380px; overflow-y: auto; padding: 16px; background: #fff; border-inline-start: 1px solid #ccc; }}
h1 {{ font-size: 18px; margin: 0 0 6px; }} h2 {{ font-size: 15px; margin: 14px 0 6px; }}
.bar {{ display: flex; gap: 6px; margin: 8px 0; }} .bar input {{ flex: 1; }}
.node {{ cursor: pointer; }} .node.selected rect, .node.selected polygon {{ stroke: #e65100; stroke-width: 4; }}
text.id {{ font-size: 12px; font-weight: bold; text-anchor: middle; }}
text.caption {{ font-size: 10px; text-anchor: middle; fill: #444; }}
text.edge {{ font-size: 9px; text-anchor: middle; }}
.reply {{ border-inline-start: 4px solid #ccc; padding: 4px 8px; margin: 6px 0; }}
.muted {{ color: #666; font-size: 13px; }} .overlay {{ color: #2a5d84; font-weight: bold; }}
</style></head><body>
<div id="view"><svg id="graph" viewBox="0 0 {right} {bottom}" xmlns="http://www.w3.org/2000/svg">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>
<g id="edges">{edges}</g><g id="nodes">{nodes}</g></svg></div>
<aside><h1>{title}</h1><p class="muted">{help}</p>{overlay_line}
<div class="bar"><input id="search" placeholder="{search}" list="ids"><button id="fit">{fit}</button></div>
<datalist id="ids">{ids}</datalist>
<div id="details"></div></aside>
<script id="data" type="application/json">{data}</script>
<script>
const data = JSON.parse(document.getElementById('data').textContent);
const svg = document.getElementById('graph');
const full = svg.viewBox.baseVal; let box = {{x: full.x, y: full.y, w: full.width, h: full.height}};
function show() {{ svg.setAttribute('viewBox', `${{box.x}} ${{box.y}} ${{box.w}} ${{box.h}}`); }}
function esc(t) {{ const d = document.createElement('div'); d.textContent = t ?? ''; return d.innerHTML; }}
function select(id) {{
  const node = data.nodes.find(n => n.id === id); if (!node) return false;
  document.querySelectorAll('.node').forEach(g => g.classList.toggle('selected', g.dataset.id === id));
  const w = data.words; let h = `<h2>${{esc(node.id)}}</h2>`;
  if (node.says && node.says.length) h += `<p class="muted">${{esc(w.says)}}</p>` + node.says.map(s => `<p>“${{esc(s)}}”</p>`).join('');
  if (node.hint) h += `<p class="muted">${{esc(w.hint)}}: ${{esc(node.hint)}}</p>`;
  if (node.replies) {{ h += `<h2>${{esc(w.replies)}}</h2>` + node.replies.map((r, k) => `<div class="reply"><b>${{k + 1}}.</b> ${{esc(r.text)}}<br><span class="muted">${{r.total}} / 20 · ${{esc(r.mood)}} → ${{esc(r.next)}}${{r.chosen === null ? '' : ' · ' + esc(w.chosen) + ': ' + r.chosen}}</span></div>`).join('');
    const none = data.unmatched && data.unmatched[node.id]; if (none) h += `<p class="muted">${{esc(w.none)}}: ${{none}}</p>`; }}
  if (node.routes) h += `<h2>${{esc(w.routes)}}</h2>` + node.routes.map(r => `<p>${{esc(r.test)}} → ${{esc(r.next)}}</p>`).join('');
  if (node.summary) h += `<p><b>${{esc(node.outcome)}}</b>${{node.fails ? ' · ' + esc(w.fails) : ''}}</p><p class="muted">${{esc(w.summary)}}</p><p>${{esc(node.summary)}}</p>` + (node.ended === null ? '' : `<p class="overlay">${{esc(w.ended)}}: ${{node.ended}}</p>`);
  document.getElementById('details').innerHTML = h;
  const g = document.querySelector(`.node[data-id="${{CSS.escape(id)}}"]`).getBBox();
  box.x = g.x + g.width / 2 - box.w / 2; box.y = g.y + g.height / 2 - box.h / 2; show();
  return true;
}}
document.querySelectorAll('.node').forEach(g => g.addEventListener('click', e => {{ e.stopPropagation(); select(g.dataset.id); }}));
document.getElementById('search').addEventListener('change', e => find(e.target.value));
function find(text) {{ const t = text.trim().toLowerCase(); const hit = data.nodes.find(n => n.id.toLowerCase() === t) || data.nodes.find(n => n.id.toLowerCase().includes(t)); if (hit) select(hit.id); }}
document.getElementById('fit').addEventListener('click', () => {{ box = {{x: full.x, y: full.y, w: full.width, h: full.height}}; show(); }});
svg.addEventListener('wheel', e => {{ e.preventDefault(); const k = e.deltaY > 0 ? 1.15 : 1 / 1.15; const r = svg.getBoundingClientRect();
  const px = box.x + (e.clientX - r.left) / r.width * box.w, py = box.y + (e.clientY - r.top) / r.height * box.h;
  box.x = px - (px - box.x) * k; box.y = py - (py - box.y) * k; box.w *= k; box.h *= k; show(); }}, {{passive: false}});
let drag = null;
svg.addEventListener('mousedown', e => {{ drag = {{x: e.clientX, y: e.clientY}}; }});
window.addEventListener('mouseup', () => {{ drag = null; }});
window.addEventListener('mousemove', e => {{ if (!drag) return; const r = svg.getBoundingClientRect();
  box.x -= (e.clientX - drag.x) / r.width * box.w; box.y -= (e.clientY - drag.y) / r.height * box.h; drag = {{x: e.clientX, y: e.clientY}}; show(); }});
// `#select=ID` or `#search=TEXT` in the address opens a node, for links and for tests.
const hash = new URLSearchParams(location.hash.slice(1));
if (hash.get('select')) select(hash.get('select')); else if (hash.get('search')) {{ document.getElementById('search').value = hash.get('search'); find(hash.get('search')); }}
</script></body></html>
"##,
        lang = texts.lang().language.as_str(),
        title = html(&texts.format("graph-page-title", &[("title", s.title.as_str().into())])),
        help = html(&texts.get("graph-page-help")),
        search = html(&texts.get("graph-page-search")),
        fit = html(&texts.get("graph-page-fit")),
        ids = s
            .nodes
            .iter()
            .map(|n| format!("<option value=\"{}\">", html(n.id())))
            .collect::<String>(),
    )
}
