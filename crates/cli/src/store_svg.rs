//! A dyad series as an SVG chart: stacked bars of events per quad class (left axis) and the
//! summed Goldstein score as a line (right axis), drawn by hand: no plotting dependency.

use std::fmt::Write;

use dyad_store::SeriesRow;

/// Quad class colours: cooperation in greens, conflict in oranges and reds.
const QUAD: [(&str, &str); 4] = [
    ("#9ccc65", "verbal cooperation"),
    ("#2e7d32", "material cooperation"),
    ("#ffa726", "verbal conflict"),
    ("#c62828", "material conflict"),
];

const HEIGHT: f64 = 360.0;
const TOP: f64 = 62.0;
const BOTTOM: f64 = 70.0;
const LEFT: f64 = 55.0;
const RIGHT: f64 = 60.0;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A rounded-up axis maximum with 4 to 5 ticks.
fn nice_max(v: f64) -> f64 {
    if v <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(v.log10().floor());
    for step in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if v <= step * mag {
            return step * mag;
        }
    }
    10.0 * mag
}

/// Renders the chart. An empty series still gives a valid SVG saying so.
pub fn chart(title: &str, rows: &[SeriesRow]) -> String {
    let n = rows.len().max(1) as f64;
    let slot = (720.0 / n).clamp(4.0, 48.0);
    let width = LEFT + RIGHT + slot * n;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let most = rows.iter().map(|r| r.total() as f64).fold(0.0, f64::max);
    // Four grid steps: small counts get whole-number ticks.
    let max_count = if most <= 20.0 {
        (most / 4.0).ceil().max(1.0) * 4.0
    } else {
        nice_max(most)
    };
    let max_gold = nice_max(rows.iter().map(|r| r.goldstein.abs()).fold(0.0, f64::max));
    let y_count = |v: f64| TOP + plot_h - v / max_count * plot_h;
    // Goldstein runs from -max to +max around the middle of the plot.
    let y_gold = |v: f64| TOP + plot_h / 2.0 - v / max_gold * plot_h / 2.0;

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{HEIGHT:.0}" viewBox="0 0 {width:.0} {HEIGHT:.0}" font-family="sans-serif" font-size="11">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{LEFT}" y="20" font-size="14" font-weight="bold">{}: events per quad class and summed Goldstein score</text>"#,
        esc(title)
    );
    // Legend.
    let mut lx = LEFT;
    for (colour, name) in QUAD {
        let _ = writeln!(
            s,
            r#"<rect x="{lx}" y="30" width="10" height="10" fill="{colour}"/><text x="{}" y="39">{name}</text>"#,
            lx + 14.0
        );
        lx += 14.0 + name.len() as f64 * 6.0 + 12.0;
    }
    let _ = writeln!(
        s,
        r##"<line x1="{lx}" y1="35" x2="{}" y2="35" stroke="#1565c0" stroke-width="2"/><text x="{}" y="39">Goldstein</text>"##,
        lx + 16.0,
        lx + 20.0
    );

    // Axes and grid.
    for i in 0..=4 {
        let v = max_count * f64::from(i) / 4.0;
        let y = y_count(v);
        let _ = writeln!(
            s,
            r##"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#e0e0e0"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
            width - RIGHT,
            LEFT - 5.0,
            y + 4.0,
            trim_num(v)
        );
        let g = -max_gold + 2.0 * max_gold * f64::from(i) / 4.0;
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" fill="#1565c0">{}</text>"##,
            width - RIGHT + 5.0,
            y_gold(g) + 4.0,
            trim_num(g)
        );
    }
    let _ = writeln!(
        s,
        r##"<text transform="translate(14,{:.1}) rotate(-90)" text-anchor="middle">events</text><text transform="translate({:.1},{:.1}) rotate(90)" text-anchor="middle" fill="#1565c0">Goldstein (sum)</text>"##,
        TOP + plot_h / 2.0,
        width - 12.0,
        TOP + plot_h / 2.0
    );
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#1565c0" stroke-dasharray="3,3" opacity="0.5"/>"##,
        y_gold(0.0),
        width - RIGHT,
        y_gold(0.0)
    );

    if rows.is_empty() {
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">no dated events</text>"#,
            width / 2.0,
            TOP + plot_h / 2.0
        );
    }
    // Bars, stacked from quad class 1 up.
    let label_every = (60.0 / slot).ceil().max(1.0) as usize;
    let bar_w = (slot * 0.7).max(2.0);
    let mut line = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let x = LEFT + slot * i as f64 + (slot - bar_w) / 2.0;
        let mut acc = 0.0;
        for (q, (colour, name)) in QUAD.iter().enumerate() {
            let count = r.quad[q] as f64;
            if count == 0.0 {
                continue;
            }
            let (y0, y1) = (y_count(acc), y_count(acc + count));
            let _ = writeln!(
                s,
                r#"<rect x="{x:.1}" y="{y1:.1}" width="{bar_w:.1}" height="{:.1}" fill="{colour}"><title>{}: {} {name}</title></rect>"#,
                y0 - y1,
                esc(&r.period),
                r.quad[q]
            );
            acc += count;
        }
        let cx = LEFT + slot * (i as f64 + 0.5);
        line.push(format!("{cx:.1},{:.1}", y_gold(r.goldstein)));
        if i % label_every == 0 {
            let _ = writeln!(
                s,
                r#"<text transform="translate({cx:.1},{:.1}) rotate(-45)" text-anchor="end">{}</text>"#,
                TOP + plot_h + 12.0,
                esc(&r.period)
            );
        }
    }
    if !line.is_empty() {
        let _ = writeln!(
            s,
            r##"<polyline points="{}" fill="none" stroke="#1565c0" stroke-width="2"/>"##,
            line.join(" ")
        );
        for (r, p) in rows.iter().zip(&line) {
            let (cx, cy) = p.split_once(',').unwrap_or(("0", "0"));
            let _ = writeln!(
                s,
                r##"<circle cx="{cx}" cy="{cy}" r="2.5" fill="#1565c0"><title>{}: Goldstein {:.1}</title></circle>"##,
                esc(&r.period),
                r.goldstein
            );
        }
    }
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#424242"/>"##,
        TOP + plot_h,
        width - RIGHT,
        TOP + plot_h
    );
    s.push_str("</svg>\n");
    s
}

fn trim_num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(period: &str, quad: [u64; 4], goldstein: f64) -> SeriesRow {
        SeriesRow {
            period: period.into(),
            start: jiff::civil::date(2023, 9, 1),
            quad,
            goldstein,
            mentions: 0,
        }
    }

    #[test]
    fn bars_and_line_for_each_period() {
        let svg = chart(
            "RUS → PRK",
            &[
                row("2023-07", [1, 0, 0, 0], 1.9),
                row("2023-08", [0; 4], 0.0),
                row("2023-09", [2, 0, 1, 1], -7.0),
            ],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>\n"));
        assert_eq!(
            svg.matches("<rect x=").count() - 4,
            4,
            "one rect per non-empty quad cell, plus the legend's four"
        );
        assert_eq!(svg.matches("<circle").count(), 3);
        assert!(svg.contains("RUS → PRK"));
        assert_eq!(nice_max(7.0), 10.0);
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(nice_max(21.0), 25.0);
    }

    #[test]
    fn empty_series_is_still_a_chart() {
        let svg = chart("A → B", &[]);
        assert!(svg.contains("no dated events"));
    }
}
