//! The title and the headline figures, all read from the dataset.

use super::store::use_store;
use crate::data::{implied_won_per_dollar, DATASET};
use crate::i18n::{self, Key, Lang};
use crate::state::Theme;
use crate::story::headline;
use yew::prelude::*;

/// Props: the language and the link's theme. The header takes no other part of the route,
/// so a scene switch or a selection does not render it again.
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Interface language.
    pub lang: Lang,
    /// The theme the link asks for, if any.
    pub theme: Option<Theme>,
}

/// One headline figure: what it counts, and the figure with its source as a title.
fn figure(term: String, testid: &'static str, source: String, value: String) -> Html {
    html! {
        <div class="figure">
            <dt>{ term }</dt>
            <dd data-testid={testid} title={source}>{ value }</dd>
        </div>
    }
}

/// Whether the page is dark: the link's theme, else the system's preference.
pub fn is_dark(theme: Option<Theme>) -> bool {
    theme == Some(Theme::Dark)
        || (theme.is_none()
            && gloo::utils::window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches()))
}

/// Title, tagline and the three headline figures.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let init = &DATASET.initiative;
    let rate = implied_won_per_dollar()
        .map(|(lo, hi)| lang.tf(Key::ImpliedRate, &[&i18n::whole(lo), &i18n::whole(hi)]));
    let cite = |s: crate::data::Source| crate::ui::markup::cite(lang, s);
    let app = use_store();
    let projects_split = lang.tf(
        Key::HeadlineProjectsSplit,
        &[
            &init.ai_projects.to_string(),
            &init.innovation_projects.to_string(),
        ],
    );
    let switch = html! {
        <div class="lang-switch" role="group" aria-label={lang.t(Key::LanguageLabel)}>
            { for Lang::ALL.iter().map(|l| html! {
                // Each language's name is written in that language, so a reader finds their own.
                <button type="button" lang={l.code()} aria-pressed={if *l == lang { "true" } else { "false" }}
                    onclick={app.choosing::<MouseEvent>(*l)}>{ l.endonym() }</button>
            }) }
        </div>
    };
    let dark = is_dark(props.theme);
    let theme_switch = html! {
        <button type="button" class="tool theme-toggle" aria-pressed={if dark { "true" } else { "false" }}
            onclick={app.choosing::<MouseEvent>(if dark { Theme::Light } else { Theme::Dark })}>
            { lang.t(Key::DarkTheme) }
        </button>
    };
    html! {
        <header class="header">
            <div class="header-top">
                <p class="brand">{ lang.t(Key::AppName) }</p>
                <div class="header-tools">{ theme_switch }{ switch }</div>
            </div>
            <h1 data-testid="title">{ lang.pick(init.name) }</h1>
            <p class="tagline">{ lang.t(Key::Tagline) }</p>
            <dl class="figures">
                { figure(lang.t(Key::HeadlineTotal).to_owned(), "headline-total", cite(init.total.source), headline(lang, init.total.amount)) }
                { figure(lang.t(Key::HeadlineUsd).to_owned(), "headline-usd", cite(init.usd.source), headline(lang, init.usd.amount)) }
                { figure(projects_split, "headline-projects", cite(init.projects_source), lang.tf(Key::HeadlineProjects, &[&init.projects.to_string()])) }
            </dl>
            if let Some(rate) = rate {
                <p class="rate" data-testid="implied-rate">{ rate }</p>
            }
        </header>
    }
}
