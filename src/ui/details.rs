//! The funding view's tables and every view's detail panel, from the details chunk
//! (src/ui/lazy.rs). The first load draws the bars without them: the tables follow the
//! first chart, and a panel follows a reader's choice. [`FromDetails`] shows a part of the
//! chunk once it is in; [`Detail`] is the panel the chunk gives. The panels come in one
//! chunk for every view rather than in each view's: the code they share then stays in one
//! module, which measures smaller than cut among the views' chunks.

use super::lazy::{self, Chunk, Status};
use super::panels;
use super::store::use_store;
use crate::i18n::Lang;
use crate::state::Route;
use yew::prelude::*;

/// Props of [`Detail`]: the selected record.
#[derive(Properties, PartialEq)]
pub struct DetailProps {
    /// A programme, province, place, economic figure or scenario, milestone, later report
    /// or conflict; none: no panel.
    pub id: Option<&'static str>,
}

/// The panel of the selected record, whichever kind it is; each view shows only the kinds
/// it draws.
#[function_component(Detail)]
pub fn detail(props: &DetailProps) -> Html {
    let app = use_store();
    let Some(id) = props.id else {
        return Html::default();
    };
    if crate::data::programme(id).is_some() {
        panels::programme(&app, id)
    } else if crate::data::province(id).is_some() {
        panels::province(&app, id)
    } else if crate::data::place(id).is_some() {
        panels::place(&app, id)
    } else if crate::data::FIGURES.iter().any(|f| f.id == id)
        || crate::data::SCENARIOS.iter().any(|s| s.id == id)
    {
        panels::figure(&app, id)
    } else {
        panels::entry(&app, id)
    }
}

/// Props of [`FromDetails`]: the language, the selection, and which part.
#[derive(Properties, PartialEq)]
pub struct FromDetailsProps {
    /// Interface language.
    pub lang: Lang,
    /// The selected record.
    #[prop_or_default]
    pub id: Option<&'static str>,
    /// Later reports' amounts beside the report's, in the tables.
    #[prop_or_default]
    pub since: bool,
    /// The tables (else the panel of `id`).
    #[prop_or_default]
    pub tables: bool,
}

/// A part of the details chunk. Until the chunk is in, a panel says it is on its way and
/// the tables are not there yet (they come below the chart, after it); if the chunk fails,
/// either says so, with a button that asks again.
#[function_component(FromDetails)]
pub fn from_details(props: &FromDetailsProps) -> Html {
    let redraw = use_force_update();
    let changed = Callback::from(move |_| redraw.force_update());
    let lang = props.lang;
    match lazy::status(Chunk::Details, changed.clone()) {
        Status::Ready(make) => {
            let route = Route {
                selected: props.id,
                since: props.since,
                ..Route::default()
            };
            let (panel, tables) = make(lang, &route);
            if props.tables {
                tables
            } else {
                panel
            }
        }
        Status::Loading if props.tables => Html::default(),
        status => lazy::status_line(
            Chunk::Details,
            lang,
            matches!(status, Status::Failed),
            changed,
            "details-status",
        ),
    }
}
