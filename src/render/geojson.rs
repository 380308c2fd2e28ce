//! `--format geojson`: one GeoJSON Feature a line (newline-delimited GeoJSON), one per
//! place mention on the map, a Point at the place with the entity's fields and the
//! article's `source` and `id` as its properties. A line a Feature streams, like JSON
//! Lines: `jq -s '{type: "FeatureCollection", features: .}'` makes one collection of them.

use std::io::{self, Write};

use serde_json::{json, Map, Value};

use crate::Analysis;

/// Writes a Feature line for every place entity of `analysis` that has a place on the map.
pub fn write_geojson(out: &mut impl Write, analysis: &Analysis) -> io::Result<()> {
    for e in &analysis.entities {
        let Some(geo) = e.geo else { continue };
        let mut properties = match serde_json::to_value(e) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        };
        properties.insert("source".into(), json!(analysis.source));
        properties.insert(
            "id".into(),
            analysis
                .id
                .as_deref()
                .and_then(|raw| serde_json::from_str(raw.get()).ok())
                .unwrap_or(Value::Null),
        );
        let feature = json!({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [geo.lon, geo.lat]},
            "properties": properties,
        });
        serde_json::to_writer(&mut *out, &feature)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzer;

    #[test]
    fn one_feature_per_place_on_the_map() {
        let mut a = Analyzer::default().analyze("Talks in Paris, Texas, and the Atlantic ended.");
        a.source = Some("a.txt".into());
        let mut out = Vec::new();
        write_geojson(&mut out, &a).unwrap();
        let lines: Vec<Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        let f = &lines[0];
        assert_eq!(f["type"], "Feature");
        assert_eq!(f["geometry"]["coordinates"], json!([-95.56, 33.66]));
        assert_eq!(f["properties"]["geo"]["geonames_id"], 4717560);
        assert_eq!(f["properties"]["country"], "US");
        assert_eq!(f["properties"]["source"], "a.txt");
    }
}
