//! The title and the headline figures, all read from the dataset.

use super::store::use_actions;
use crate::data::{implied_won_per_dollar, Amount, DATASET};
use crate::i18n::{self, Key, Lang};
use crate::state::{Action, Theme};
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

fn headline_amount(lang: Lang, a: Amount) -> String {
    match a {
        Amount::Stated { quantity, .. } => i18n::quantity(lang, quantity),
        other => i18n::amount(lang, other),
    }
}

/// Title, tagline and the three headline figures.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let init = &DATASET.initiative;
    let rate = implied_won_per_dollar()
        .map(|(lo, hi)| lang.tf(Key::ImpliedRate, &[&i18n::whole(lo), &i18n::whole(hi)]));
    let cite = |s: crate::data::Source| {
        lang.tf(
            Key::SourceLine,
            &[s.section.heading, &s.line.to_string(), s.quote],
        )
    };
    let app = use_actions();
    let switch = html! {
        <div class="lang-switch" role="group" aria-label={lang.t(Key::LanguageLabel)}>
            { for Lang::ALL.iter().map(|l| html! {
                // Each language's name is written in that language, so a reader finds their own.
                <button type="button" lang={l.code()} aria-pressed={if *l == lang { "true" } else { "false" }}
                    onclick={app.on::<MouseEvent>(Action::Lang(*l))}>{ l.endonym() }</button>
            }) }
        </div>
    };
    let dark = props.theme == Some(Theme::Dark)
        || (props.theme.is_none()
            && gloo::utils::window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches()));
    let theme_switch = html! {
        <button type="button" class="tool theme-toggle" aria-pressed={if dark { "true" } else { "false" }}
            onclick={app.on::<MouseEvent>(Action::Theme(if dark { Theme::Light } else { Theme::Dark }))}>
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
                <div class="figure">
                    <dt>{ lang.t(Key::HeadlineTotal) }</dt>
                    <dd data-testid="headline-total" title={cite(init.total.source)}>
                        { headline_amount(lang, init.total.amount) }
                    </dd>
                </div>
                <div class="figure">
                    <dt>{ lang.t(Key::HeadlineUsd) }</dt>
                    <dd data-testid="headline-usd" title={cite(init.usd.source)}>
                        { headline_amount(lang, init.usd.amount) }
                    </dd>
                </div>
                <div class="figure">
                    <dt>{ lang.tf(Key::HeadlineProjectsSplit, &[&init.ai_projects.to_string(), &init.innovation_projects.to_string()]) }</dt>
                    <dd data-testid="headline-projects" title={cite(init.projects_source)}>
                        { lang.tf(Key::HeadlineProjects, &[&init.projects.to_string()]) }
                    </dd>
                </div>
            </dl>
            if let Some(rate) = rate {
                <p class="rate" data-testid="implied-rate">{ rate }</p>
            }
        </header>
    }
}
