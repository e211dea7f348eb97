//! The regions view's summary: the provinces, how the report's regional strategy
//! shades them, and the facilities marked, on the map or the tile grid.

use super::say;
use crate::data::DATASET;
use crate::i18n::Lang;
use crate::layout::map::{Layout, Marker, MarkerKind};

/// The map or tile grid's summary, with the selected province or place's name.
pub fn regions(lang: Lang, layout: Layout, selected: Option<&str>) -> String {
    let provinces = DATASET.provinces.len();
    // The strategy's groups have a regional focus; a region without one (the capital the
    // plan decentralises from) is shaded apart.
    let (groups, apart): (Vec<_>, Vec<_>) =
        DATASET.regions.iter().partition(|r| !r.focus.is_empty());
    let in_any =
        |rs: &[&atlas_model::Region], id: &str| rs.iter().any(|r| r.provinces.contains(&id));
    let grouped = DATASET
        .provinces
        .iter()
        .filter(|p| in_any(&groups, p.id))
        .count();
    let apart_only = DATASET
        .provinces
        .iter()
        .filter(|p| !in_any(&groups, p.id) && in_any(&apart, p.id))
        .count();
    let mut out = match layout {
        Layout::Geographic => say(
            lang,
            "Map of South Korea’s {0} provinces, with an inset that draws the Seoul capital area larger.",
            "한국 {0}개 시·도의 지도이며, 수도권은 확대 지도로 따로 보여 줍니다.",
            &[&provinces.to_string()],
        ),
        Layout::Tiles => say(
            lang,
            "Tile grid of South Korea’s {0} provinces, one equal tile each, placed roughly as on a map.",
            "한국 {0}개 시·도를 같은 크기의 타일로 지도와 비슷한 위치에 배치한 그림입니다.",
            &[&provinces.to_string()],
        ),
    };
    out.push(' ');
    out.push_str(&say(
        lang,
        "{0} provinces are shaded as part of the {1} regions of the report’s regional strategy, and {2} apart as {3}; {4} belong to none and are left plain.",
        "보고서 지역 전략의 권역 {1}개에 속한 시·도 {0}개를 색칠했고, {2}개는 {3}로 따로 색칠했으며, 어느 권역에도 속하지 않은 {4}개는 색칠하지 않았습니다.",
        &[
            &grouped.to_string(),
            &groups.len().to_string(),
            &apart_only.to_string(),
            &apart
                .iter()
                .map(|r| lang.pick(r.name))
                .collect::<Vec<_>>()
                .join(", "),
            &(provinces - grouped - apart_only).to_string(),
        ],
    ));
    // The first of equals, by a scan (a sort's code is large in wasm). Only the largest:
    // the smallest groups tie, and one is a catch-all named by example.
    if let Some(big) = groups.iter().rev().max_by_key(|r| r.provinces.len()) {
        out.push(' ');
        out.push_str(&say(
            lang,
            "The largest region is {0}, with {1} provinces.",
            "가장 큰 권역은 시·도 {1}개인 {0}입니다.",
            &[lang.pick(big.name), &big.provinces.len().to_string()],
        ));
    }
    let markers = Marker::of_dataset();
    let later = markers
        .iter()
        .filter(|m| m.kind == MarkerKind::LaterReport)
        .count();
    let abroad = crate::data::PLACES
        .iter()
        .filter(|p| p.province.is_none())
        .count();
    out.push(' ');
    out.push_str(&say(
        lang,
        "{0} places the report names are marked, and {1} from later reports on dashed rings; {2} outside Korea are listed under the map.",
        "보고서가 언급한 장소 {0}곳과 이후 보도에 나온 시설 {1}곳(점선 원)을 표시했고, 국외 {2}곳은 지도 아래에 적었습니다.",
        &[
            &(markers.len() - later).to_string(),
            &later.to_string(),
            &abroad.to_string(),
        ],
    ));
    super::selected(lang, &mut out, selected);
    out
}
