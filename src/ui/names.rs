//! The words records are shown with: short province names, kinds, lanes,
//! the timeline's entry labels, and the other language of a bilingual name. Shared by
//! the views, their panels and their tables.

use crate::data::timeline::{entries, Entry, Row};
use crate::data::{self, Conflict, ConflictKind, Lane, MilestoneKind, ProvinceKind};
use crate::i18n::{Key, Lang};
use crate::layout::map::regions_of;

/// The other language, for the bilingual name beside the reader's.
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Ko,
        Lang::Ko => Lang::En,
    }
}

/// The province's short label (map and tiles).
pub fn short(lang: Lang, id: &str) -> String {
    let key = match id {
        "KR-11" => Key::ShortKr11,
        "KR-26" => Key::ShortKr26,
        "KR-27" => Key::ShortKr27,
        "KR-28" => Key::ShortKr28,
        "KR-29" => Key::ShortKr29,
        "KR-30" => Key::ShortKr30,
        "KR-31" => Key::ShortKr31,
        "KR-50" => Key::ShortKr50,
        "KR-41" => Key::ShortKr41,
        "KR-51" => Key::ShortKr51,
        "KR-43" => Key::ShortKr43,
        "KR-44" => Key::ShortKr44,
        "KR-52" => Key::ShortKr52,
        "KR-46" => Key::ShortKr46,
        "KR-47" => Key::ShortKr47,
        "KR-48" => Key::ShortKr48,
        "KR-49" => Key::ShortKr49,
        // A province added to the dataset without a short name shows its full name.
        _ => {
            return data::province(id).map_or(id.to_owned(), |p| lang.pick(p.name).to_owned());
        }
    };
    lang.t(key).to_owned()
}

/// The kind of a province ("Metropolitan city", ...).
pub fn kind(lang: Lang, k: ProvinceKind) -> &'static str {
    lang.t(match k {
        ProvinceKind::SpecialCity => Key::KindSpecialCity,
        ProvinceKind::MetropolitanCity => Key::KindMetropolitanCity,
        ProvinceKind::SpecialSelfGoverningCity => Key::KindSpecialSelfGoverningCity,
        ProvinceKind::Province => Key::KindProvince,
        ProvinceKind::SpecialSelfGoverningProvince => Key::KindSpecialSelfGoverningProvince,
    })
}

/// "Southwest: renewable energy, food, smart agriculture", per region of the province.
pub fn strategy(lang: Lang, id: &str) -> Vec<String> {
    let rs = regions_of(id);
    if rs.is_empty() {
        return vec![lang.t(Key::NoRegion).to_owned()];
    }
    rs.iter()
        .map(|(_, r)| {
            if r.focus.is_empty() {
                lang.pick(r.name).to_owned()
            } else {
                lang.tf(
                    Key::RegionWithFocus,
                    &[lang.pick(r.name), &lang.join(r.focus)],
                )
            }
        })
        .collect()
}

/// The programmes that concern a province or place: (id, name).
pub fn programme_names(lang: Lang, id: &str) -> Vec<(&'static str, &'static str)> {
    data::programmes_touching(id)
        .into_iter()
        .filter_map(|p| data::programme(p).map(|x| (p, lang.pick(x.name))))
        .collect()
}

/// The names of the programmes that concern a province, or "none" in words.
pub fn programmes_here(lang: Lang, id: &str) -> String {
    let progs = programme_names(lang, id);
    if progs.is_empty() {
        lang.t(Key::NoProgrammesHere).to_owned()
    } else {
        progs.iter().map(|p| p.1).collect::<Vec<_>>().join(", ")
    }
}

/// A timeline row's name.
pub fn row_key(r: Row) -> Key {
    match r {
        Row::Report(Lane::Law) => Key::LaneLaw,
        Row::Report(Lane::Funding) => Key::LaneFunding,
        Row::Report(Lane::Infrastructure) => Key::LaneInfrastructure,
        Row::Report(Lane::International) => Key::LaneInternational,
        Row::Report(Lane::Talent) => Key::LaneTalent,
        Row::Report(Lane::Targets) => Key::LaneTargets,
        Row::Later => Key::LaneLater,
    }
}

/// A milestone kind's name.
pub fn kind_key(k: MilestoneKind) -> Key {
    match k {
        MilestoneKind::Law => Key::KindLaw,
        MilestoneKind::Launch => Key::KindLaunch,
        MilestoneKind::Agreement => Key::KindAgreement,
        MilestoneKind::Appointment => Key::KindAppointment,
        MilestoneKind::Opening => Key::KindOpening,
        MilestoneKind::Deadline => Key::KindDeadline,
        MilestoneKind::Projection => Key::KindProjection,
        MilestoneKind::Announcement => Key::KindAnnouncement,
    }
}

/// A timeline entry's full name and its short label, in both languages.
fn entry_texts(e: &Entry) -> Option<(data::Text, data::Text)> {
    if let Some(m) = crate::data::MILESTONES.iter().find(|m| m.id == e.id) {
        return Some((m.name, m.short));
    }
    let u = crate::data::UPDATES.iter().find(|u| u.id == e.record)?;
    let n: usize = e.id.rsplit('@').next()?.parse().ok()?;
    let ev = u.events.get(n.checked_sub(1)?)?;
    Some((ev.text, ev.short))
}

/// A timeline entry's full name in the reader's language.
pub fn entry_label(lang: Lang, e: &Entry) -> String {
    entry_texts(e).map_or_else(String::new, |(name, _)| lang.pick(name).to_owned())
}

/// The few words the timeline draws beside an entry's mark (its full name is in the
/// tooltip, the panel and the list).
pub fn entry_short(lang: Lang, e: &Entry) -> String {
    entry_texts(e).map_or_else(String::new, |(_, short)| lang.pick(short).to_owned())
}

/// The record a timeline entry selects: a milestone itself, an update for its events.
pub fn selectable(id: &'static str) -> &'static str {
    entries()
        .iter()
        .find(|e| e.id == id)
        .map_or(id, |e| e.record)
}

/// The tag a conflict carries: "Contradiction" (모순) or "Needs care" (해석 주의).
pub fn conflict_kind_key(k: ConflictKind) -> Key {
    match k {
        ConflictKind::Contradiction => Key::ConflictKindContradiction,
        ConflictKind::Ambiguity => Key::ConflictKindAmbiguity,
    }
}

/// The conflict's kind as a small badge, so a contradiction reads apart from a point that
/// only needs care.
pub fn conflict_badge_into(m: &mut crate::ui::markup::Markup, lang: Lang, c: &Conflict) {
    let class = match c.kind {
        ConflictKind::Contradiction => "badge kind-contradiction",
        ConflictKind::Ambiguity => "badge kind-ambiguity",
    };
    m.el(
        "span",
        &[("class", class)],
        lang.t(conflict_kind_key(c.kind)),
    );
}

/// The dataset's conflicts, contradictions first, each group in dataset order.
pub fn conflicts_by_kind() -> Vec<&'static Conflict> {
    let mut v: Vec<_> = crate::data::CONFLICTS.iter().collect();
    v.sort_by_key(|c| c.kind != ConflictKind::Contradiction);
    v
}
