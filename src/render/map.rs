//! The HTML page's small map of an article's places: an equirectangular SVG (longitude,
//! latitude as x, y), the land drawn once per page as the 2° cells that hold a city of the
//! embedded GeoNames table, and a dot per place of the article, sized by its mentions.
//! Inline SVG only: no script, no tile, no network.

use std::fmt::Write as _;
use std::sync::LazyLock;

use super::markup::escape_into;
use crate::geo::Feature;
use crate::Analysis;

/// Degrees per cell of the land outline.
const CELL: i32 = 2;

/// The land, once per page: a hidden SVG with a symbol that each map uses.
pub(super) fn land_symbol() -> &'static str {
    static LAND: LazyLock<String> = LazyLock::new(|| {
        let (w, h) = ((360 / CELL) as usize, (180 / CELL) as usize);
        let mut cells = vec![false; w * h];
        for p in crate::geo::all_places() {
            if p.feature() != Feature::City {
                continue;
            }
            let x = ((p.lon() + 180.0) as i32 / CELL).clamp(0, w as i32 - 1) as usize;
            let y = ((90.0 - p.lat()) as i32 / CELL).clamp(0, h as i32 - 1) as usize;
            cells[y * w + x] = true;
        }
        let mut d = String::new();
        for y in 0..h {
            // Runs of land cells in a row: one rectangle each.
            let mut x = 0;
            while x < w {
                if !cells[y * w + x] {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < w && cells[y * w + x] {
                    x += 1;
                }
                let c = CELL as usize;
                let _ = write!(
                    d,
                    "M{} {}h{}v{c}h-{}z",
                    start * c,
                    y * c,
                    (x - start) * c,
                    (x - start) * c
                );
            }
        }
        format!(
            "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\">\
             <defs><symbol id=\"lede-land\" viewBox=\"0 0 360 180\"><path d=\"{d}\"></path></symbol>\
             </defs></svg>\n"
        )
    });
    &LAND
}

/// A dot of the map: GeoNames id, name, country, longitude, latitude, mentions.
type Dot<'a> = (u32, &'a str, Option<&'a str>, f64, f64, usize);

/// The map of the article's places on the map, if it has any.
pub(super) fn map_into(out: &mut String, a: &Analysis) {
    // One dot per distinct place: its name, country, position and mentions.
    let mut dots: Vec<Dot> = Vec::new();
    for e in &a.entities {
        let Some(g) = e.geo else { continue };
        match dots.iter_mut().find(|d| d.0 == g.geonames_id) {
            Some(d) => d.5 += 1,
            None => dots.push((
                g.geonames_id,
                e.canonical.as_deref().unwrap_or(&e.text),
                e.country,
                g.lon,
                g.lat,
                1,
            )),
        }
    }
    if dots.is_empty() {
        return;
    }
    out.push_str(
        "<figure class=\"map\"><svg viewBox=\"0 0 360 180\" role=\"img\" \
         aria-label=\"the article's places on a map\"><rect class=\"sea\" width=\"360\" \
         height=\"180\"></rect><use href=\"#lede-land\" class=\"land\"></use>",
    );
    for (_, name, country, lon, lat, n) in &dots {
        let r = 2.0 + (*n as f64).sqrt().min(4.0);
        let _ = write!(
            out,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r:.1}\"><title>",
            lon + 180.0,
            90.0 - lat
        );
        escape_into(out, name);
        if let Some(c) = country {
            let _ = write!(out, " ({c})");
        }
        let _ = write!(out, ": {n}</title></circle>");
    }
    out.push_str("</svg></figure>\n");
}

/// The map's style, added to the page's.
pub(super) const CSS: &str = "\
.map{margin:0 0 .8em}.map svg{width:100%;height:auto;display:block;border-radius:4px}\
.map .sea{fill:#eef3f7}.map .land{fill:#cfd8dc}\
.map circle{fill:#c0392b;fill-opacity:.8;stroke:#fff;stroke-width:.6}\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dot_per_place_on_the_land() {
        let a = crate::Analyzer::default().analyze("Talks in Paris and Nairobi ended in Paris.");
        let mut out = String::new();
        map_into(&mut out, &a);
        assert_eq!(out.matches("<circle").count(), 2, "{out}");
        assert!(out.contains("Paris (FR): 2"), "{out}");
        assert!(land_symbol().contains("<symbol id=\"lede-land\""));
        let mut none = String::new();
        map_into(
            &mut none,
            &crate::Analyzer::default().analyze("Nothing here."),
        );
        assert!(none.is_empty());
    }
}
