//! The regions view's summary: the provinces, how the report's regional strategy
//! shades them, and the facilities marked, on the map or the tile grid.

use super::say;
use crate::data::DATASET;
use crate::i18n::Lang;
use crate::layout::map::{Layout, Marker, MarkerKind};

/// The map or tile grid's summary, with the selected province or place's name.
pub fn regions(lang: Lang, layout: Layout, selected: Option<&str>) -> String {
    let provinces = DATASET.provinces.len();
    let shaded = DATASET
        .provinces
        .iter()
        .filter(|p| DATASET.regions.iter().any(|r| r.provinces.contains(&p.id)))
        .count();
    let mut out = match layout {
        Layout::Geographic => say(
            lang,
            "Map of South Korea’s {0} provinces, with an inset that draws the Seoul capital area larger.",
            "한국 {0}개 시·도의 지도이며, 수도권은 확대 지도로 크게 보여 줍니다.",
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
        "{0} provinces are shaded as part of the {1} regions of the report’s regional strategy; {2} belong to none and are left plain.",
        "보고서 지역 전략의 권역 {1}개에 속한 {0}개 시·도는 색칠했고, 어느 권역에도 속하지 않은 {2}개는 색칠하지 않았습니다.",
        &[
            &shaded.to_string(),
            &DATASET.regions.len().to_string(),
            &(provinces - shaded).to_string(),
        ],
    ));
    // The first of equals at each end, by a scan (a sort's code is large in wasm).
    let regions = DATASET.regions.iter();
    let big = regions.clone().rev().max_by_key(|r| r.provinces.len());
    let small = regions.min_by_key(|r| r.provinces.len());
    if let (Some(big), Some(small)) = (big, small) {
        out.push(' ');
        out.push_str(&say(
            lang,
            "The largest region is {0}, with {1} provinces; the smallest is {2}, with {3}.",
            "가장 큰 권역은 시·도 {1}개인 {0}, 가장 작은 권역은 시·도 {3}개인 {2}입니다.",
            &[
                lang.pick(big.name),
                &big.provinces.len().to_string(),
                lang.pick(small.name),
                &small.provinces.len().to_string(),
            ],
        ));
    }
    let markers = Marker::of_dataset();
    let later = markers
        .iter()
        .filter(|m| m.kind == MarkerKind::LaterReport)
        .count();
    let abroad = DATASET
        .places
        .iter()
        .filter(|p| p.province.is_none())
        .count();
    out.push(' ');
    out.push_str(&say(
        lang,
        "{0} facilities the report names are marked, and {1} from later reports on dashed rings; {2} outside Korea are listed under the map.",
        "보고서가 언급한 시설 {0}곳과 이후 보도에 나온 시설 {1}곳(점선 고리)을 표시했고, 국외 {2}곳은 지도 아래에 적었습니다.",
        &[
            &(markers.len() - later).to_string(),
            &later.to_string(),
            &abroad.to_string(),
        ],
    ));
    super::selected(lang, &mut out, selected);
    out
}
