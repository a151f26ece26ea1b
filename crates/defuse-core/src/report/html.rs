//! `--format html`: one self-contained file a manager can open or mail. No script, no
//! external file: styles inline, charts as SVG drawn here.

use super::chart::{self, Dot};
pub use super::escape::esc;
use super::table::{flag_note, focus_line, notes, outcome, sessions_cell, verdict};
use super::{Report, TraineeSummary, change, date, date_time, percent, score};
use crate::i18n::Texts;
use crate::model::Criterion;
use std::fmt::Write;

/// One colour per criterion, in `Criterion::ALL` order, shared by every chart.
const COLOURS: [&str; 4] = ["#2563eb", "#db2777", "#16a34a", "#d97706"];
/// The sessions listed per trainee; the charts and averages cover all of them.
const LISTED: usize = 20;

/// The whole report as one HTML page in the chosen language (laid out right to left
/// where the language is), listing at the end the scorecard files that could not be read.
pub fn render(texts: &Texts, report: &Report, skipped: &[crate::store::Unreadable]) -> String {
    let lang = texts.lang().to_string();
    let dir = if texts.is_rtl() { "rtl" } else { "ltr" };
    let title = texts.get("report-title");
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&title)
    );
    let _ = writeln!(h, "<h1>{}</h1>", esc(&title));
    let _ = writeln!(
        h,
        "<p class=\"muted\">{}</p>",
        esc(&texts.format(
            "report-heading",
            &[
                ("sessions", report.cards.len().into()),
                ("trainees", report.trainees.len().into()),
            ],
        ))
    );
    if report.cards.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", esc(&texts.get("report-empty")));
    } else {
        summary_table(&mut h, texts, report);
        super::team_html::render(&mut h, texts, report);
        for (k, t) in report.trainees.iter().enumerate() {
            trainee_section(&mut h, texts, report, t, k);
        }
    }
    if !skipped.is_empty() {
        let _ = writeln!(
            h,
            "<h2>{}</h2>\n<ul class=\"skipped\">",
            esc(&texts.get("report-skipped"))
        );
        for s in skipped {
            let _ = writeln!(
                h,
                "<li><code>{}</code>: {}</li>",
                esc(&s.path.display().to_string()),
                esc(&s.reason)
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}

fn summary_table(h: &mut String, texts: &Texts, report: &Report) {
    h.push_str("<table class=\"summary\">\n<thead><tr>");
    let mut heads = vec![
        texts.get("report-trainee"),
        texts.get("report-sessions"),
        texts.get("report-pass-rate"),
    ];
    heads.extend(Criterion::ALL.map(|c| texts.criterion(c)));
    heads.extend([texts.get("report-overall"), texts.get("report-trend")]);
    for head in heads {
        let _ = write!(h, "<th>{}</th>", esc(&head));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for (k, t) in report.trainees.iter().enumerate() {
        let _ = write!(
            h,
            "<tr><td><a href=\"#trainee-{k}\">{}</a></td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            esc(&t.name),
            esc(&sessions_cell(texts, t)),
            percent(t.pass_rate)
        );
        for (c, value) in t.average.iter().enumerate() {
            // Red only where the criterion needs work: below the pass mark or far below
            // the team, never merely a strong trainee's lowest.
            let (class, mark) = if t.needs_work.contains(&Criterion::ALL[c]) {
                (" weak", "!")
            } else {
                ("", "")
            };
            let _ = write!(h, "<td class=\"n{class}\">{}{mark}</td>", score(*value));
        }
        let _ = writeln!(
            h,
            "<td class=\"n\"><b>{}</b></td><td class=\"n\">{}</td></tr>",
            score(t.overall),
            change(t.trend)
        );
    }
    let team = &report.team;
    let _ = write!(
        h,
        "<tr class=\"team\"><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
        esc(&texts.get("report-team")),
        team.sessions,
        percent(team.pass_rate)
    );
    for value in team.average {
        let _ = write!(h, "<td class=\"n\">{}</td>", score(value));
    }
    let _ = writeln!(
        h,
        "<td class=\"n\"><b>{}</b></td><td></td></tr>",
        score(team.overall)
    );
    h.push_str("</tbody>\n</table>\n");
    if report.trainees.iter().any(|t| !t.needs_work.is_empty()) {
        let _ = writeln!(h, "<p class=\"muted\">{}</p>", esc(&flag_note(texts)));
    }
    let _ = writeln!(
        h,
        "<p class=\"muted\">{}</p>",
        esc(&texts.get("report-pass-explained"))
    );
    if let Some(line) = super::team_text::not_counted(texts, team) {
        let _ = writeln!(h, "<p class=\"muted\">{}</p>", esc(&line));
    }
}

fn trainee_section(h: &mut String, texts: &Texts, report: &Report, t: &TraineeSummary, k: usize) {
    let _ = writeln!(h, "<section id=\"trainee-{k}\">\n<h2>{}</h2>", esc(&t.name));
    let _ = writeln!(
        h,
        "<p class=\"muted\">{}</p>",
        esc(&texts.format(
            "report-trainee-line",
            &[
                ("sessions", t.sessions.into()),
                ("passed", t.passed.into()),
                ("abandoned", t.abandoned.into()),
                ("practice", t.practice.into()),
                (
                    "first",
                    t.first
                        .map(|a| date(texts, a.to_zoned(report.zone.clone()).date()))
                        .unwrap_or_default()
                        .into()
                ),
                (
                    "last",
                    t.last
                        .map(|a| date(texts, a.to_zoned(report.zone.clone()).date()))
                        .unwrap_or_default()
                        .into()
                ),
            ],
        ))
    );
    h.push_str("<div class=\"charts\">\n");
    let names = Criterion::ALL.map(|c| texts.criterion(c));
    let _ = writeln!(
        h,
        "<figure><figcaption>{}</figcaption>{}</figure>",
        esc(&texts.get("report-radar")),
        radar(&t.average, &names)
    );
    let dots: Vec<Dot> = t
        .history
        .iter()
        .map(|p| Dot {
            at: p.ended,
            overall: p.overall,
            passed: i32::from(p.overall) >= p.pass_mark,
        })
        .collect();
    let _ = writeln!(
        h,
        "<figure><figcaption>{}</figcaption>{}</figure>",
        esc(&texts.get("report-trend-chart")),
        chart::overall("trend", texts, &dots, t.pass_mark, &report.zone)
    );
    h.push_str("</div>\n");
    if let Some(line) = focus_line(texts, t) {
        let _ = write!(h, "<div class=\"focus\"><h3>{}</h3>", esc(&line));
        if let Some(focus) = &t.focus {
            let _ = write!(
                h,
                "<p><b>{}</b>: {}</p>",
                esc(&focus.principle.title),
                esc(&focus.principle.text)
            );
        }
        h.push_str("</div>\n");
    }
    let cards: Vec<_> = report
        .cards
        .iter()
        .filter(|c| super::same_name(&c.trainee, &t.name))
        .collect();
    h.push_str("<table class=\"sessions\">\n<thead><tr>");
    for head in [
        "report-when",
        "report-scenario",
        "report-language",
        "report-outcome",
        "report-overall",
        "report-result",
        "report-notes",
    ] {
        let _ = write!(h, "<th>{}</th>", esc(&texts.get(head)));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for card in cards.iter().rev().take(LISTED) {
        let class = if card.is_abandoned() {
            "abandoned"
        } else if card.passed {
            "pass"
        } else {
            "fail"
        };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"{class}\">{}</td><td>{}</td></tr>",
            esc(&date_time(texts, card.ended, &report.zone)),
            esc(&card.scenario.title),
            esc(&card.language),
            esc(&outcome(texts, card)),
            score(card.overall),
            esc(&verdict(texts, card)),
            esc(&notes(texts, card)),
        );
    }
    h.push_str("</tbody>\n</table>\n");
    if cards.len() > LISTED {
        let _ = writeln!(
            h,
            "<p class=\"muted\">{}</p>",
            esc(&texts.format(
                "report-latest-of",
                &[("shown", LISTED.into()), ("count", cards.len().into())]
            ))
        );
    }
    h.push_str("</section>\n");
}

/// The four averages on four axes: listening up, then clockwise.
fn radar(values: &[Option<u8>; 4], names: &[String; 4]) -> String {
    // Wide enough for the longest criterion name beside the left and right axes.
    let (cx, cy, r) = (190.0, 130.0, 80.0);
    let point = |k: usize, v: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + k as f64 * std::f64::consts::FRAC_PI_2;
        (cx + r * v * angle.cos(), cy + r * v * angle.sin())
    };
    let mut s = String::from(
        "<svg class=\"radar\" viewBox=\"0 0 380 260\" width=\"380\" height=\"260\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">",
    );
    for ring in [0.25, 0.5, 0.75, 1.0] {
        let pts: Vec<String> = (0..4)
            .map(|k| {
                let (x, y) = point(k, ring);
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let _ = write!(
            s,
            "<polygon points=\"{}\" fill=\"none\" stroke=\"#d4d4d8\"/>",
            pts.join(" ")
        );
    }
    for k in 0..4 {
        let (x, y) = point(k, 1.0);
        let _ = write!(
            s,
            "<line x1=\"{cx}\" y1=\"{cy}\" x2=\"{x:.1}\" y2=\"{y:.1}\" stroke=\"#d4d4d8\"/>"
        );
        let (lx, ly) = point(k, 1.2);
        let anchor = match k {
            1 => "start",
            3 => "end",
            _ => "middle",
        };
        let label = match values[k] {
            Some(v) => format!("{} {v}", names[k]),
            None => format!("{} –", names[k]),
        };
        let _ = write!(
            s,
            "<text x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" fill=\"{}\" font-size=\"13\" direction=\"ltr\">{}</text>",
            ly + 4.0,
            COLOURS[k],
            esc(&label)
        );
    }
    let pts: Vec<String> = (0..4)
        .map(|k| {
            let (x, y) = point(k, f64::from(values[k].unwrap_or(0)) / 100.0);
            format!("{x:.1},{y:.1}")
        })
        .collect();
    let _ = write!(
        s,
        "<polygon class=\"area\" points=\"{}\" fill=\"#2563eb33\" stroke=\"#2563eb\" stroke-width=\"2\"/>",
        pts.join(" ")
    );
    s.push_str("</svg>");
    s
}

const STYLE: &str = "
body{font-family:'DejaVu Sans',system-ui,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#18181b;background:#fafafa}
h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #e4e4e7;padding-bottom:.3rem}
.muted{color:#71717a}
table{border-collapse:collapse;width:100%;margin:1rem 0;background:#fff}
th,td{padding:.4rem .6rem;border-bottom:1px solid #e4e4e7;text-align:start}
th{background:#f4f4f5;font-weight:600}
td.n{text-align:end;font-variant-numeric:tabular-nums}
td.weak{color:#b91c1c;font-weight:600}
tr.team td{border-top:2px solid #a1a1aa;font-weight:600}
td.pass{color:#15803d}td.fail{color:#b91c1c}td.abandoned{color:#71717a}
.charts{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}
figure{margin:0;background:#fff;border:1px solid #e4e4e7;border-radius:8px;padding:.8rem}
figcaption{font-weight:600;margin-bottom:.4rem}
.legend{display:flex;gap:1rem;font-size:.85rem;margin-top:.3rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-inline-end:.3rem;vertical-align:middle}
.focus{background:#fff7ed;border-inline-start:4px solid #d97706;padding:.6rem 1rem;margin:1rem 0;border-radius:4px}
.focus h3{margin:.2rem 0}
a{color:#2563eb}
";
