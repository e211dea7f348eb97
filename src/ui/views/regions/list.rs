//! The province list: the map's content as a table.

use crate::data;
use crate::i18n::Key;
use crate::layout::map::{self, region_fill, regions_of, UNASSIGNED};
use crate::ui::markup::Markup;
use crate::ui::names::{kind, other, programmes_here, strategy};
use crate::ui::store::use_store;
use yew::prelude::*;

/// Props of the province list: the selection.
#[derive(Properties, PartialEq)]
pub struct ProvinceListProps {
    /// The selected record, if any.
    pub selected: Option<&'static str>,
}

/// Every province with the map's content, in the map's keyboard order; the selected
/// row is marked, and a row's button selects its province. It takes the selection as a
/// prop rather than the route, so switching map and tiles does not rebuild its rows.
#[function_component(ProvinceList)]
pub fn province_list(props: &ProvinceListProps) -> Html {
    let app = use_store();
    let lang = app.lang;
    let alt = other(lang);
    let selected = props.selected;
    let caption = lang.t(Key::ProvinceListCaption);
    let rows = map::order().filter_map(data::province).map(|p| {
        let is = selected == Some(p.id);
        let pressed = if is { "true" } else { "false" };
        let places: Vec<_> = data::places_in(p.id)
            .iter()
            .map(|pl| lang.pick(pl.name))
            .collect();
        html! {
            <tr data-id={p.id} class={classes!(is.then_some("selected"))} aria-selected={pressed}>
                <th scope="row">
                    { swatch(p.id) }
                    <button type="button" class="link name" aria-pressed={pressed} onclick={app.toggling::<MouseEvent>(p.id, is)}>{ lang.pick(p.name) }</button>
                    <span class="alt-name" lang={alt.code()}>{ alt.pick(p.name) }</span>
                    <span class="kind">{ kind(lang, p.kind) }</span>
                </th>
                <td>{ strategy(lang, p.id).join("; ") }</td>
                <td>{ programmes_here(lang, p.id) }</td>
                <td>{ places.join(", ") }</td>
            </tr>
        }
    });
    html! {
        <div class="scroller" role="region" aria-label={caption} tabindex="0">
            <table data-testid="province-list" class="province-list">
                <caption>{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ lang.t(Key::ColProvince) }</th>
                    <th scope="col">{ lang.t(Key::ColRegion) }</th>
                    <th scope="col">{ lang.t(Key::ColProgrammes) }</th>
                    <th scope="col">{ lang.t(Key::ColFacilities) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// The swatch of a province's first region (and the second, if any).
fn swatch(id: &str) -> Html {
    let rs = regions_of(id);
    let style = match rs.as_slice() {
        [] => format!("background:{}", UNASSIGNED.hex()),
        [(a, _)] => format!("background:{}", region_fill(*a).hex()),
        [(a, _), (b, _), ..] => format!(
            "background:linear-gradient(135deg,{} 50%,{} 50%)",
            region_fill(*a).hex(),
            region_fill(*b).hex()
        ),
    };
    let mut m = Markup::new();
    m.el(
        "span",
        &[
            ("class", "swatch"),
            ("aria-hidden", "true"),
            ("style", &style),
        ],
        "",
    );
    m.html()
}
