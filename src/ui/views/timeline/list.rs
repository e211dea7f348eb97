//! The timeline's legend and its entries as an ordered list.

use crate::data::timeline::{entries, Mark};
use crate::i18n::{self, Key, Lang};
use crate::ui::markup::Markup;
use crate::ui::names::{entry_label, row_key, selectable};
use crate::ui::store::use_store;
use yew::prelude::*;

/// What the timeline's marks mean.
pub(super) fn legend(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.open("ul", &[("class", "legend")]);
    for (swatch, mark, key) in [
        ("swatch dot", "", Key::LegendEvent),
        ("swatch bar", "", Key::LegendSpan),
        ("swatch diamond", "", Key::LegendDeadline),
        ("swatch later", "", Key::LegendLater),
        ("swatch bang", "!", Key::LegendConflict),
        ("swatch bang ambiguity", "?", Key::LegendAmbiguity),
        ("swatch today", "", Key::Today),
    ] {
        m.legend_item(swatch, "", mark, lang.t(key));
    }
    m.close("ul");
    m.html()
}

/// Props of the entry list: which entries it shows, and the selection.
#[derive(Properties, PartialEq)]
pub struct EntryListProps {
    /// The ids of the entries the filters keep, in time order.
    pub ids: Vec<&'static str>,
    /// The selected record, if any.
    pub selected: Option<&'static str>,
}

/// The entries the filters keep, as an ordered list in time order, each a button that
/// selects its record. A component of its own so that zooming or panning the chart (which
/// changes none of its props) does not rebuild a hundred rows.
#[function_component(EntryList)]
pub(super) fn entry_list(props: &EntryListProps) -> Html {
    let app = use_store();
    let lang = app.lang;
    let selected = props.selected;
    html! {
        <section class="entry-list" aria-labelledby="entry-list-h">
            <h3 id="entry-list-h">{ lang.t(Key::MilestonesCaption) }</h3>
            <ol data-testid="milestone-list">
                { for entries().iter().filter(|e| props.ids.contains(&e.id)).map(|e| {
                    let record = selectable(e.id);
                    let is = selected == Some(record);
                    html! {
                        <li data-id={e.id} class={classes!(is.then_some("selected"), (e.mark == Mark::Later).then_some("later"))}
                            aria-current={if is { "true" } else { "false" }}>
                            <span class="nowrap when">{ i18n::date(lang, e.date) }</span>{ " " }
                            <button type="button" class="link" onclick={app.selecting::<MouseEvent>(Some(record))}>{ entry_label(lang, e) }</button>
                            <small class="lane">{ " · " }{ lang.t(row_key(e.row)) }</small>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
