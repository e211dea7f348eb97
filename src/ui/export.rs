//! Exports of the current view, made in the browser: PNG at 2× and SVG from the view's
//! Scene (framed with title, source line and date), CSV of the data behind it, and the
//! whole dataset as JSON. No server. In a sandbox that forbids downloads, nothing
//! happens and the page carries on.
//!
//! The code that makes the files (the frame, the SVG writer, the CSV writers, the PNG's
//! description) comes as a wasm chunk, fetched at the first click on PNG, SVG or CSV
//! (`#[wasm_split]`, as the views in src/ui/lazy.rs): most readers never export, so the
//! first load does not carry it. If the chunk is slow, the bar says the export is being
//! prepared; if it does not arrive, the bar says so and offers to try again.

use super::store::use_store;
use crate::data::funding::Period;
use crate::data::DATASET;
use crate::i18n::{self, Key};
use crate::layout::export::framed;
use crate::layout::Scene;
use crate::render::{canvas, svg};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_split_helpers::SplitLoaderError;
use yew::prelude::*;

/// The id of the `<script type="application/json">` block in which the single-file build
/// carries the whole dataset.
pub const INLINE_DATASET: &str = "won-atlas-dataset";

/// Which data a view exports as CSV.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CsvOf {
    /// Programmes and their amounts.
    Funding(Period),
    /// The National Growth Fund's split by industry (later report).
    Split,
    /// Milestones and later-report events.
    Timeline,
    /// Provinces.
    Regions,
    /// Economic figures and scenarios.
    Economy,
}

/// Props: the view's scene, its name, and its data.
#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// What the chart shows now.
    pub scene: Rc<Scene>,
    /// File name stem, e.g. "funding".
    pub name: &'static str,
    /// The view's title for the frame.
    pub title: AttrValue,
    /// What the chart shows (`crate::summary`): the SVG's `<desc>` and the PNG's
    /// description.
    #[prop_or_default]
    pub summary: AttrValue,
    /// Its data.
    pub csv: CsvOf,
}

/// Clicks a temporary link that downloads `href` as `file`.
fn click_download(href: &str, file: &str) {
    let doc = gloo::utils::document();
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", href);
    let _ = a.set_attribute("download", file);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
    }
}

/// Downloads the PNG of data URL `url` with `summary` as its description (an `iTXt`
/// chunk); as drawn, if the data URL cannot be read back.
fn download_png(url: &str, summary: &str, file: &str) {
    let bytes = url
        .strip_prefix("data:image/png;base64,")
        .and_then(|b64| gloo::utils::window().atob(b64).ok())
        .map(|bin| bin.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>())
        .and_then(|png| crate::render::png::with_description(&png, summary));
    let Some(bytes) = bytes else {
        return click_download(url, file);
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/png");
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts) else {
        return click_download(url, file);
    };
    let Ok(blob_url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return click_download(url, file);
    };
    click_download(&blob_url, file);
    let _ = web_sys::Url::revoke_object_url(&blob_url);
}

/// Downloads text as a file through a Blob URL.
fn download_text(file: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&content.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    click_download(&url, file);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// What a click asks for.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Png,
    Svg,
    Csv(CsvOf),
}

/// One export, with everything it needs to make its file once the chunk is in.
#[derive(Clone, PartialEq)]
struct Job {
    kind: Kind,
    scene: Rc<Scene>,
    title: String,
    footer: Vec<String>,
    summary: AttrValue,
    name: &'static str,
}

/// Where the bar's exports stand.
#[derive(Clone, PartialEq)]
enum Stage {
    /// Nothing under way, or an export fetched and done.
    Idle,
    /// The chunk is slow to arrive.
    Loading,
    /// The chunk did not arrive; the job to try again.
    Failed(Job),
    /// The CSV waits for the Korean text, which did not arrive: why.
    NeedsKorean(String),
}

/// The exporter, in a chunk of its own: fetched at the first call, at once after that.
#[wasm_split_helpers::wasm_split(export, fallible)]
fn exporter() -> Result<fn(&Job), SplitLoaderError> {
    Ok(make)
}

/// Makes and downloads the job's file. Framed here, not on every render: the frame is a
/// copy of the whole scene.
fn make(job: &Job) {
    let framed = || framed(&job.scene, &job.title, &job.footer);
    let name = job.name;
    match job.kind {
        Kind::Png => {
            let doc = gloo::utils::document();
            let Some(c) = doc
                .create_element("canvas")
                .ok()
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            else {
                return;
            };
            if canvas::draw(&c, &framed(), 2.0).is_ok() {
                if let Ok(url) = c.to_data_url() {
                    download_png(&url, &job.summary, &format!("won-atlas-{name}.png"));
                }
            }
        }
        Kind::Svg => download_text(
            &format!("won-atlas-{name}.svg"),
            "image/svg+xml",
            &svg::svg(&framed(), &job.summary),
        ),
        Kind::Csv(which) => {
            let body = match which {
                CsvOf::Funding(p) => crate::export::funding_csv(p),
                CsvOf::Split => crate::export::split_csv(),
                CsvOf::Timeline => crate::export::timeline_csv(),
                CsvOf::Regions => crate::export::regions_csv(),
                CsvOf::Economy => crate::export::economy_csv(),
            };
            // A byte-order mark, so spreadsheet programs read the Korean names as UTF-8.
            download_text(
                &format!("won-atlas-{name}.csv"),
                "text/csv;charset=utf-8",
                &format!("\u{feff}{body}"),
            )
        }
    }
}

/// How long the exporter may take before the bar says it is being prepared: a cached
/// chunk arrives well within it, so a repeat export shows no message.
const SLOW_MS: u32 = 300;

/// Runs `job`: the CSV first waits for the Korean text (it has both languages' columns),
/// then every export waits for the exporter.
fn start(job: Job, stage: UseStateHandle<Stage>) {
    if let Kind::Csv(_) = job.kind {
        return super::korean::when_ready(move |r| match r {
            Err(e) => stage.set(Stage::NeedsKorean(e)),
            Ok(()) => fetch_and_make(job, stage),
        });
    }
    fetch_and_make(job, stage)
}

fn fetch_and_make(job: Job, stage: UseStateHandle<Stage>) {
    let slow = {
        let stage = stage.clone();
        gloo::timers::callback::Timeout::new(SLOW_MS, move || stage.set(Stage::Loading))
    };
    wasm_bindgen_futures::spawn_local(async move {
        let got = exporter().await;
        slow.cancel();
        match got {
            Ok(make) => {
                if *stage != Stage::Idle {
                    stage.set(Stage::Idle);
                }
                make(&job)
            }
            Err(_) => stage.set(Stage::Failed(job)),
        }
    });
}

/// The buttons.
#[function_component(ExportBar)]
pub fn export_bar(props: &ExportProps) -> Html {
    let lang = use_store().lang;
    let stage = use_state(|| Stage::Idle);
    let job = {
        let scene = props.scene.clone();
        let summary = props.summary.clone();
        let name = props.name;
        let title = format!("{}: {}", lang.t(Key::AppName), props.title);
        move |kind: Kind| {
            let d = js_sys::Date::new_0();
            let today = crate::data::Ymd {
                year: d.get_full_year() as u16,
                month: Some(d.get_month() as u8 + 1),
                day: Some(d.get_date() as u8),
            };
            Job {
                kind,
                scene: scene.clone(),
                title: title.clone(),
                footer: vec![
                    lang.tf(Key::EmbedSource, &[lang.pick(DATASET.report.title)]),
                    lang.tf(Key::ExportDate, &[&i18n::ymd(lang, today)]),
                ],
                summary: summary.clone(),
                name,
            }
        }
    };
    let click = |kind: Kind| {
        let job = job.clone();
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| start(job(kind), stage.clone()))
    };
    // The single-file build carries the dataset inline (nothing to fetch from a USB
    // stick); the ordinary site links to the file beside it.
    let json_click = Callback::from(|e: MouseEvent| {
        let inline = gloo::utils::document()
            .get_element_by_id(INLINE_DATASET)
            .and_then(|el| el.text_content());
        if let Some(json) = inline {
            e.prevent_default();
            download_text("won-atlas-dataset.json", "application/json", &json);
        }
    });
    let note = match &*stage {
        Stage::Idle => Html::default(),
        Stage::Loading => html! {
            <p class="export-error" role="status" data-testid="export-loading">{ lang.t(Key::ExportLoading) }</p>
        },
        Stage::Failed(job) => {
            let retry = {
                let job = job.clone();
                let stage = stage.clone();
                Callback::from(move |_: MouseEvent| start(job.clone(), stage.clone()))
            };
            html! {
                <p class="export-error" role="status" data-testid="export-failed">
                    { lang.t(Key::ExportFailed) }{ " " }
                    <button type="button" class="tool" data-testid="export-retry" onclick={retry}>{ lang.t(Key::TryAgain) }</button>
                </p>
            }
        }
        Stage::NeedsKorean(why) => html! {
            <p class="export-error" role="status" data-testid="export-error">{ lang.tf(Key::ExportNeedsKorean, &[why]) }</p>
        },
    };
    html! {
        <div class="exports" role="group" aria-label={lang.t(Key::ExportLabel)}>
            <span class="exports-label">{ lang.t(Key::ExportLabel) }</span>
            <button type="button" class="tool" onclick={click(Kind::Png)} data-testid="export-png">{ "PNG" }</button>
            <button type="button" class="tool" onclick={click(Kind::Svg)} data-testid="export-svg">{ "SVG" }</button>
            <button type="button" class="tool" onclick={click(Kind::Csv(props.csv))} data-testid="export-csv">{ "CSV" }</button>
            <a class="tool" href="won-atlas-dataset.json" download="won-atlas-dataset.json" data-testid="export-json" onclick={json_click}>{ lang.t(Key::ExportJson) }</a>
            { note }
        </div>
    }
}
