//! The embed builder inside the Embed dialog: the editor chooses the view, the selection,
//! the language, the theme, the accent and a fixed or self-sizing height, sees the frame
//! live at a phone's or a desktop's width, and copies the iframe, the sizer script and
//! the AMP snippet (src/ui/embed/code.rs writes them).
//!
//! It comes in a chunk of its own (src/ui/lazy.rs), fetched when the dialog first opens,
//! with its words in both languages beside it: most readers never embed.

use super::code::{
    amp_code, base_url, height_of, iframe_code, script_code, Choice, Height, Words, HEIGHT_RANGE,
};
use crate::data::{self, DATASET};
use crate::i18n::{fill, Key, Lang};
use crate::state::{Accent, Route, Theme, View};
use crate::ui::markup::Markup;
use crate::ui::tabs::view_key;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A word of the builder in the reader's language.
fn tr(lang: Lang, en: &'static str, ko: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ko => ko,
    }
}

/// The name of a selectable record, for the "keep the selection" box.
fn record_name(lang: Lang, id: &str) -> String {
    let d = &DATASET;
    data::programme(id)
        .map(|p| p.name)
        .or_else(|| data::province(id).map(|p| p.name))
        .or_else(|| {
            crate::data::MILESTONES
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.short)
        })
        .or_else(|| d.regions.iter().find(|r| r.id == id).map(|r| r.name))
        .or_else(|| data::place(id).map(|p| p.name))
        .or_else(|| data::update(id).map(|u| u.topic))
        .or_else(|| {
            crate::data::FIGURES
                .iter()
                .find(|f| f.id == id)
                .map(|f| f.label)
        })
        .or_else(|| {
            crate::data::SCENARIOS
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.label)
        })
        .map_or_else(|| id.to_owned(), |t| lang.pick(t).to_owned())
}

/// The two widths the preview shows the frame at.
const PREVIEW_WIDTHS: [u32; 2] = [390, 1280];

/// Props: the route the page shows.
#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    /// The page's route: the builder starts from it.
    pub route: Route,
    /// The page's language.
    pub lang: Lang,
}

/// What the editor chose, in one state (one set of callbacks, however many options).
#[derive(Clone, PartialEq)]
struct Opts {
    view: View,
    /// The page's funding chart, which the frame keeps.
    chart: crate::state::Chart,
    keep_sel: bool,
    lang: Option<Lang>,
    theme: Option<Theme>,
    accent: Accent,
    /// A fixed height, or `None` to fit the content.
    fixed: Option<u32>,
    /// The preview at a desktop's width rather than a phone's.
    wide: bool,
    /// The snippet last copied.
    copied: Option<&'static str>,
}

impl Opts {
    /// The route the frame opens, from the page's route and the choices.
    fn route(&self, page: &Route) -> Route {
        Route {
            view: self.view,
            selected: page.selected.filter(|_| self.keep_sel),
            lang: self.lang,
            theme: self.theme,
            accent: self.accent,
            range: page.range.filter(|_| self.view == page.view),
            slide: None,
            presenter: false,
            embed: true,
            ..page.clone()
        }
    }
}

/// The control an event comes from: its `data-testid`, and its value (`checked` for a
/// box). The builder listens once, on its outermost element, for every control in it.
fn control(e: &Event) -> (String, String) {
    let target = e
        .target()
        .map(wasm_bindgen::JsValue::from)
        .unwrap_or_default();
    let id = target
        .dyn_ref::<web_sys::Element>()
        .and_then(|el| el.get_attribute("data-testid"))
        .unwrap_or_default();
    let get = |k: &str| js_sys::Reflect::get(&target, &k.into()).unwrap_or_default();
    let value = if get("type").as_string().as_deref() == Some("checkbox") {
        get("checked").as_bool().unwrap_or(false).to_string()
    } else {
        get("value").as_string().unwrap_or_default()
    };
    (id, value)
}

/// What a change of the control `id` sets.
fn setter(id: &str) -> Option<fn(&mut Opts, &str)> {
    Some(match id {
        "embed-view" => set_view,
        "embed-lang" => set_lang,
        "embed-theme" => set_theme,
        "embed-accent" => set_accent,
        "embed-sel" => set_sel,
        "embed-fit" => set_fit,
        "embed-fixed" | "embed-px" => set_px,
        _ => return None,
    })
}

/// Reads the choice a control sets.
fn set_view(o: &mut Opts, v: &str) {
    o.view = View::from_slug(v).unwrap_or(o.view);
}
fn set_lang(o: &mut Opts, v: &str) {
    o.lang = Lang::from_code(v);
}
fn set_theme(o: &mut Opts, v: &str) {
    o.theme = match v {
        "light" => Some(Theme::Light),
        "dark" => Some(Theme::Dark),
        _ => None,
    };
}
fn set_accent(o: &mut Opts, v: &str) {
    o.accent = Accent::from_name(v).unwrap_or_default();
}
fn set_sel(o: &mut Opts, v: &str) {
    o.keep_sel = v == "true";
}
fn set_fit(o: &mut Opts, _: &str) {
    o.fixed = None;
}
fn set_px(o: &mut Opts, v: &str) {
    // Choosing "fixed" starts from the view's default; a number typed sets it.
    let px = v.trim().parse::<u32>().ok().unwrap_or_else(|| {
        super::frame_height(&Route {
            view: o.view,
            chart: o.chart,
            ..Route::default()
        })
    });
    o.fixed = Some(px.clamp(HEIGHT_RANGE.0, HEIGHT_RANGE.1));
}

/// The chart's summary as a page (this one, or the preview's) shows it under the chart.
fn shown_summary(doc: &web_sys::Document) -> Option<String> {
    doc.query_selector(".chart-summary .summary-text")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .filter(|t| !t.is_empty())
}

/// The snippets' boxes, by the id of their textarea.
const SNIPPETS: [&str; 3] = ["embed-iframe", "embed-script", "embed-amp"];

/// Copies the code in the textarea `id` to the clipboard and selects it there. The
/// clipboard may be refused (sandboxes, old browsers); the text stays selected.
fn copy(id: &str) {
    if let Some(t) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = gloo::utils::window()
            .navigator()
            .clipboard()
            .write_text(&t.value());
        t.select();
    }
}

/// What in a frame's address decides its summary: the hash's parts but the theme and
/// the accent, which change only colours.
fn summary_key(address: &str) -> Vec<&str> {
    let hash = address.split_once('#').map_or("", |(_, h)| h);
    hash.split('&')
        .filter(|p| !p.starts_with("theme=") && !p.starts_with("accent="))
        .collect()
}

/// A labelled `<select>` of `(value, label)` options, `current` chosen.
fn select(label: &str, id: &'static str, options: &[(&str, &str)], current: &str) -> Html {
    html! {
        <label>{ label.to_owned() }
            <select data-testid={id}>
                { for options.iter().map(|&(value, label)| html! {
                    <option value={value.to_owned()} selected={value == current}>{ label.to_owned() }</option>
                }) }
            </select>
        </label>
    }
}

/// Passive markup (src/ui/markup.rs): text and headings with no listener, written as
/// text rather than an `html!` node each.
fn passive(write: impl FnOnce(&mut Markup)) -> Html {
    let mut m = Markup::new();
    write(&mut m);
    m.html()
}

/// A snippet's box: its label, a note, the code (read-only) and its copy button (the
/// builder's click listener copies it), and after a copy, a word that it is copied.
fn code_box(
    lang: Lang,
    copied: Option<&str>,
    id: &'static str,
    label: &str,
    note: &str,
    code: &str,
    rows: u32,
) -> Html {
    let t = |en, ko| tr(lang, en, ko);
    html! {
        <div class="embed-snippet">
            { passive(|m| {
                m.el("label", &[("for", id)], label)
                    .el("p", &[("class", "embed-note")], note);
            }) }
            <textarea id={id} readonly=true rows={rows.to_string()} data-testid={id} value={code.to_owned()} />
            <button type="button" data-testid={format!("{id}-copy")}
                aria-label={fill(t("Copy: {0}", "{0} 복사"), &[label])}>{ t("Copy", "복사") }</button>
            if copied == Some(id) {
                <span role="status" class="copied">{ t("Copied (or select the text above)", "복사했습니다(안 되면 위 코드를 직접 선택해 복사하십시오)") }</span>
            }
        </div>
    }
}

/// The builder.
#[function_component(EmbedBuilder)]
pub fn embed_builder(props: &BuilderProps) -> Html {
    let page_lang = props.lang;
    let page = &props.route;
    let opts = use_state(|| Opts {
        view: page.view,
        chart: page.chart,
        keep_sel: page.selected.is_some(),
        lang: Some(page.lang.unwrap_or(page_lang)),
        theme: page.theme,
        accent: page.accent,
        fixed: None,
        wide: false,
        copied: None,
    });
    // The height the preview's frame reports (0 before it has).
    let fit_h = use_state(|| 0u32);
    // What is typed in the pixel box until it is committed (Enter, or leaving the box):
    // the builder renders again when the preview reports its height, and yew puts the
    // rendered value back into the box, which would undo the typing.
    let px_draft = use_state(|| None::<String>);
    // The room the preview has, in px.
    let room = use_state(|| 0u32);
    let stage = use_node_ref();
    let frame = use_node_ref();
    let o = (*opts).clone();
    // One listener for every control: a change sets what its control sets.
    let onchange = {
        let opts = opts.clone();
        let fit_h = fit_h.clone();
        let px_draft = px_draft.clone();
        Callback::from(move |e: Event| {
            let (id, value) = control(&e);
            let Some(set) = setter(&id) else { return };
            let mut next = (*opts).clone();
            set(&mut next, &value);
            if next.view != opts.view {
                fit_h.set(0);
            }
            px_draft.set(None);
            opts.set(next);
        })
    };
    let px_typed = {
        let px_draft = px_draft.clone();
        Callback::from(move |e: InputEvent| px_draft.set(Some(control(&e).1)))
    };
    // And one for every button: the preview's width, and each snippet's copy.
    let onclick = {
        let opts = opts.clone();
        Callback::from(move |e: MouseEvent| {
            let mut next = (*opts).clone();
            match control(&e).0.as_str() {
                "embed-phone" => next.wide = false,
                "embed-desktop" => next.wide = true,
                id => {
                    let Some(&box_id) = SNIPPETS
                        .iter()
                        .find(|s| id.strip_suffix("-copy") == Some(**s))
                    else {
                        return;
                    };
                    copy(box_id);
                    next.copied = Some(box_id);
                }
            }
            opts.set(next);
        })
    };

    // A Korean frame's words (its title, fallback and link) need the Korean pack, which an
    // English page has not fetched: ask for it, and render again when it is in (setting a
    // state renders, even to the value it has).
    if o.lang == Some(Lang::Ko) && !crate::data::korean::ready() {
        let fit_h = fit_h.clone();
        crate::ui::korean::when_ready(move |_| fit_h.set(*fit_h));
    }

    let route = o.route(page);
    let choice = Choice {
        route: route.clone(),
        height: o.fixed.map_or(Height::Fit, Height::Fixed),
    };
    let base = base_url();
    let src = format!("{base}{}", super::code::frame_hash(&choice));
    // The words come in the frame's language. The title is the chart's summary: the
    // page's, when the frame shows what the page shows (view, chart, selection, language);
    // else the preview's, once it shows this state; until then the view's and the
    // initiative's names.
    let wl = o.lang.unwrap_or(page_lang);
    let view_name = wl.t(view_key(o.view));
    let same = o.view == page.view
        && route.chart == page.chart
        && route.selected == page.selected
        && wl == page_lang;
    // Each report of the preview's height renders this again, so its summary is current.
    let what = shown_summary(&gloo::utils::document())
        .filter(|_| same)
        .or_else(|| {
            frame
                .cast::<web_sys::HtmlIFrameElement>()
                .and_then(|f| f.content_window())
                .filter(|w| {
                    w.location()
                        .href()
                        .is_ok_and(|at| summary_key(&at) == summary_key(&src))
                })
                .and_then(|w| w.document())
                .and_then(|d| shown_summary(&d))
        })
        .unwrap_or_else(|| format!("{view_name}: {}", wl.pick(DATASET.initiative.name)));
    let title = format!("{}: {what}", wl.t(Key::AppName));
    let words = Words {
        fallback: title.clone(),
        title,
        link: match wl {
            Lang::En => format!("{} ({view_name})", wl.t(Key::OpenFullView)),
            Lang::Ko => format!("{}({view_name})", wl.t(Key::OpenFullView)),
        },
        show_all: tr(wl, "Show the whole chart", "차트 펼쳐 보기").to_owned(),
    };
    let iframe = iframe_code(&base, &choice, &words);
    let script = script_code(&base);
    let amp = amp_code(&base, &choice, &words);

    // The preview's frame reports its height like any embed; a self-sizing preview
    // follows it.
    {
        let frame = frame.clone();
        let fit_h = fit_h.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "message", move |e| {
                    let Some(m) = e.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let ours = frame
                        .cast::<web_sys::HtmlIFrameElement>()
                        .and_then(|f| f.content_window())
                        .zip(m.source())
                        .is_some_and(|(w, s)| js_sys::Object::is(&w, &s));
                    let data = m.data();
                    let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).unwrap_or_default();
                    if let (true, Some("won-atlas:height"), Some(h)) = (
                        ours,
                        get("type").as_string().as_deref(),
                        get("height").as_f64(),
                    ) {
                        fit_h.set(h.clamp(80.0, 20_000.0) as u32);
                    }
                });
            move || drop(listener)
        });
    }
    // The room the preview has, to scale a frame wider than the dialog.
    {
        let stage = stage.clone();
        let room = room.clone();
        use_effect(move || {
            if let Some(el) = stage.cast::<web_sys::Element>() {
                let w = el.client_width().max(0) as u32;
                if w != *room {
                    room.set(w);
                }
            }
        });
    }

    let width = PREVIEW_WIDTHS[usize::from(o.wide)];
    let height = match (choice.height, *fit_h) {
        (Height::Fit, h) if h > 0 => h,
        _ => height_of(&choice),
    };
    let scale = if *room == 0 {
        1.0
    } else {
        (*room as f64 / width as f64).min(1.0)
    };

    let t = |en, ko| tr(page_lang, en, ko);
    let selected = page.selected.map(|id| record_name(page_lang, id));
    let lang_value = o.lang.map_or("", |l| l.code());
    let theme_value = match o.theme {
        None => "",
        Some(Theme::Light) => "light",
        Some(Theme::Dark) => "dark",
    };
    let accents: Vec<(&str, &str)> = Accent::ALL
        .iter()
        .map(|a| a.name())
        .zip([
            t("Default", "기본"),
            t("Blue", "파랑"),
            t("Teal", "청록"),
            t("Purple", "보라"),
        ])
        .collect();
    let views: Vec<(&str, &str)> = View::ALL
        .iter()
        .map(|v| (v.slug(), page_lang.t(view_key(*v))))
        .collect();
    let fixed_px = o
        .fixed
        .map(|px| (*px_draft).clone().unwrap_or_else(|| px.to_string()));

    html! {
        <div class="embed-builder" data-testid="embed-builder" {onchange} {onclick}>
            { passive(|m| {
                m.el("p", &[], t("Choose what the frame shows, check it in the preview, then copy the code into the article. Nothing is loaded from anywhere but this site.", "프레임에 보일 내용을 고른 뒤 미리 보기로 확인하고, 코드를 복사해 기사에 붙여 넣으면 됩니다. 이 사이트 밖에서는 아무것도 불러오지 않습니다."));
            }) }
            <div class="embed-options">
                { select(t("View", "보기"), "embed-view", &views, o.view.slug()) }
                { select(t("Language", "언어"), "embed-lang", &[
                    ("", t("Reader’s browser", "독자의 브라우저 설정")),
                    ("en", "English"),
                    ("ko", "한국어"),
                ], lang_value) }
                { select(t("Theme", "테마"), "embed-theme", &[
                    ("", t("Reader’s system", "독자의 시스템 설정")),
                    ("light", t("Light", "밝은 화면")),
                    ("dark", t("Dark", "어두운 화면")),
                ], theme_value) }
                { select(t("Accent colour", "강조 색"), "embed-accent", &accents, o.accent.name()) }
                if let Some(name) = selected {
                    <label class="embed-check">
                        <input type="checkbox" checked={o.keep_sel} data-testid="embed-sel" />
                        { fill(t("Keep the selection: {0}", "선택 유지: {0}"), &[&name]) }
                    </label>
                }
                <fieldset class="embed-height">
                    { passive(|m| {
                        m.el("legend", &[], t("Height", "높이"));
                    }) }
                    <label class="embed-check">
                        <input type="radio" name="embed-height" checked={o.fixed.is_none()} data-testid="embed-fit" />
                        { t("Fit to content (with the script)", "내용에 맞춤(스크립트 사용)") }
                    </label>
                    <label class="embed-check">
                        <input type="radio" name="embed-height" checked={o.fixed.is_some()} data-testid="embed-fixed" />
                        { t("Fixed", "고정") }
                    </label>
                    if let Some(px) = fixed_px {
                        <label class="embed-check">{ t("Pixels", "픽셀") }
                            <input type="number" min={HEIGHT_RANGE.0.to_string()} max={HEIGHT_RANGE.1.to_string()} step="10"
                                value={px} oninput={px_typed} data-testid="embed-px" />
                        </label>
                    }
                </fieldset>
            </div>
            // The offline file (file://) frames nothing: its policy forbids frames.
            if base.starts_with("http") {
                <div class="embed-preview">
                    { passive(|m| {
                        m.el("h3", &[], t("Preview", "미리 보기"));
                    }) }
                    <fieldset class="toggle">
                        { passive(|m| {
                            m.el("legend", &[("class", "sr-only")], t("Preview", "미리 보기"));
                        }) }
                        <button type="button" aria-pressed={(!o.wide).to_string()} data-testid="embed-phone">{ t("Phone (390 px)", "휴대전화(390px)") }</button>
                        <button type="button" aria-pressed={o.wide.to_string()} data-testid="embed-desktop">{ t("Desktop (1280 px)", "데스크톱(1280px)") }</button>
                    </fieldset>
                    // A window onto the frame at its full height: the dialog stays short and
                    // the snippets stay in reach however tall the frame is. It scrolls by
                    // keyboard too, so it takes the focus.
                    <div class="embed-window" tabindex="0" role="region" aria-label={t("Preview", "미리 보기")}>
                        <div class="embed-stage" ref={stage} style={format!("height:{}px", (height as f64 * scale).ceil())}>
                            <iframe ref={frame} src={src} data-testid="embed-preview" loading="lazy"
                                title={fill(t("Preview at {0} px", "{0}px 미리 보기"), &[&width.to_string()])}
                                style={format!("width:{width}px;height:{height}px;transform:scale({scale:.4})")} />
                        </div>
                    </div>
                </div>
            }
            { code_box(page_lang, o.copied, "embed-iframe", t("Iframe", "iframe"),
                t("Paste it where the chart goes. Hosts that show no frames (feed readers, e-mail) show the text and the link inside it.", "차트가 들어갈 자리에 붙여 넣습니다. 프레임을 보여 주지 않는 곳(피드 리더, 이메일)에서는 코드에 든 안내 글과 링크가 대신 보입니다."),
                &iframe, 6) }
            if o.fixed.is_none() {
                { code_box(page_lang, o.copied, "embed-script", t("Sizing script", "높이 조절 스크립트"),
                    t("Once per page: it fits every Won Atlas frame on the page to its content. Without it, the frame keeps the height above.", "페이지마다 한 번만 넣습니다. 페이지의 모든 원 아틀라스 프레임 높이를 내용에 맞추며, 스크립트가 없으면 프레임은 위 코드에 지정한 높이를 유지합니다."),
                    &script, 2) }
            }
            { code_box(page_lang, o.copied, "embed-amp", "AMP",
                t("For AMP pages, which load amp-iframe’s script in their head.", "AMP 페이지용입니다. AMP 페이지는 head에 amp-iframe 스크립트를 넣어야 합니다."),
                &amp, 6) }
        </div>
    }
}
